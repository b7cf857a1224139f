/**
 * Who may call which API endpoint and open which page: the one table. The server enforces it on every
 * `/api` request (server/auth/middleware.ts); the front end may import it to hide or guard pages.
 * Pure: no Node or server imports.
 */

export const ROLES = ['admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** `public`: anyone, signed in or not. `viewer`: any signed-in staff member. `admin`: admins only. */
export type Access = 'public' | Role;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface AccessRule {
  method: HttpMethod;
  /**
   * A Hono route pattern, with the `/api` prefix for endpoints: literal segments, `:param` (one segment,
   * optionally `:param{regex}`), and a final `*` (any rest). HEAD is checked as GET. Write the route's own
   * pattern: server/auth/access-policy.test.ts pairs each row with a registered route (a `{regex}` may narrow
   * it; what fails the regex is denied).
   */
  path: string;
  access: Access;
}

export const accessTable: readonly AccessRule[] = [
  // Pages of the front end. Unlisted pages are public: the page shell holds no data, the API below guards it.
  { method: 'GET', path: '/admin', access: 'admin' },
  { method: 'GET', path: '/admin/*', access: 'admin' },

  // The dashboard: public, as it always was.
  { method: 'GET', path: '/api/health', access: 'public' },
  { method: 'GET', path: '/api/openapi.json', access: 'public' },
  { method: 'GET', path: '/api/summary', access: 'public' },
  { method: 'GET', path: '/api/registrations/timeseries', access: 'public' },
  { method: 'GET', path: '/api/breakdown/units', access: 'public' },
  { method: 'GET', path: '/api/breakdown/kecamatan', access: 'public' },
  { method: 'GET', path: '/api/breakdown/occupations', access: 'public' },
  { method: 'GET', path: '/api/ranking', access: 'public' },
  { method: 'GET', path: '/api/ranking/history', access: 'public' },
  { method: 'GET', path: '/api/coverage', access: 'public' },

  // Campaign events: everyone sees them on the charts; admins keep them.
  { method: 'GET', path: '/api/events', access: 'public' },
  { method: 'POST', path: '/api/admin/events', access: 'admin' },
  { method: 'PUT', path: '/api/admin/events/:id{[0-9]+}', access: 'admin' },
  { method: 'DELETE', path: '/api/admin/events/:id{[0-9]+}', access: 'admin' },

  // Targets with their history: everyone sees them (the charts mark each change); admins change them.
  { method: 'GET', path: '/api/targets', access: 'public' },
  { method: 'POST', path: '/api/admin/targets', access: 'admin' },
  { method: 'PUT', path: '/api/admin/targets/units/:id{[0-9]+}', access: 'admin' },

  // Accounts. Login is public but still checked for a same-site Origin; the rest need a session.
  { method: 'GET', path: '/api/auth/me', access: 'public' },
  { method: 'POST', path: '/api/auth/login', access: 'public' },
  { method: 'POST', path: '/api/auth/logout', access: 'viewer' },
  { method: 'POST', path: '/api/auth/password', access: 'viewer' },

  // Administration.
  { method: 'GET', path: '/api/admin/users', access: 'admin' },

  // Frozen snapshots (issue 5): staff freeze a view; the link opens without signing in (the token is the key,
  // guessing is rate-limited); admins list and revoke them all.
  { method: 'POST', path: '/api/snapshots', access: 'viewer' },
  { method: 'GET', path: '/api/snapshots/:token', access: 'public' },
  { method: 'GET', path: '/api/admin/snapshots', access: 'admin' },
  { method: 'POST', path: '/api/admin/snapshots/:id{[0-9]+}/revoke', access: 'admin' },

  // Imports: loading data changes it, so all of it is for admins, previews and history included.
  { method: 'GET', path: '/api/admin/imports', access: 'admin' },
  { method: 'POST', path: '/api/admin/imports', access: 'admin' },
  { method: 'GET', path: '/api/admin/imports/:id{[0-9]+}', access: 'admin' },
  { method: 'POST', path: '/api/admin/imports/:id{[0-9]+}/apply', access: 'admin' },
  { method: 'POST', path: '/api/admin/imports/:id{[0-9]+}/cancel', access: 'admin' },
  { method: 'POST', path: '/api/admin/imports/:id{[0-9]+}/undo', access: 'admin' },
];

const RANK: Record<Access, number> = { public: 0, viewer: 1, admin: 2 };

/** Whether someone signed in with `role` (null: not signed in) may do what needs `access`. */
export function allows(role: Role | null, access: Access): boolean {
  if (access === 'public') return true;
  return role !== null && RANK[role] >= RANK[access];
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

type Matcher = (segments: string[]) => boolean;

/** Compiles a Hono-style pattern; throws on syntax this matcher does not know, so a typo cannot open a hole. */
export function compilePattern(pattern: string): Matcher {
  if (!pattern.startsWith('/')) throw new Error(`Access pattern must start with /: ${pattern}`);
  const parts = splitPath(pattern);
  const rest = parts.at(-1) === '*';
  const fixed = rest ? parts.slice(0, -1) : parts;
  const tests = fixed.map((part): ((segment: string) => boolean) => {
    if (part.includes('*')) throw new Error(`Access pattern: * only as the last segment: ${pattern}`);
    const param = /^:\w+(?:\{(.+)\})?$/.exec(part);
    if (param) {
      const re = param[1] ? new RegExp(`^(?:${param[1]})$`) : null;
      return (segment) => segment !== '' && (re === null || re.test(segment));
    }
    if (/[:{}?]/.test(part)) throw new Error(`Access pattern: unsupported segment "${part}" in ${pattern}`);
    return (segment) => segment === part;
  });
  return (segments) =>
    (rest ? segments.length >= fixed.length : segments.length === fixed.length) && tests.every((test, i) => test(segments[i]!));
}

/** `/a/b/` and `/a/b` are one path, as for the server's routers (strict: false). */
function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' ? [] : trimmed.slice(1).split('/');
}

const compiled = accessTable.map((rule) => ({ ...rule, matches: compilePattern(rule.path) }));

/**
 * What a request needs. When several rows match, the strictest wins, so a broad row can never loosen a
 * narrow one. `null` means denied to everyone: an `/api` path with no row (default deny). A page with no
 * row is public.
 */
export function accessFor(method: string, path: string, table: readonly AccessRule[] = accessTable): Access | null {
  const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  const segments = splitPath(path);
  const rules = table === accessTable ? compiled : table.map((rule) => ({ ...rule, matches: compilePattern(rule.path) }));
  let found: Access | null = null;
  for (const rule of rules) {
    if (rule.method !== verb || !rule.matches(segments)) continue;
    if (found === null || RANK[rule.access] > RANK[found]) found = rule.access;
  }
  if (found !== null) return found;
  return isApiPath(path) ? null : 'public';
}
