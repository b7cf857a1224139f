import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTable, isApiPath, type Access, type Role } from '../../contract/access-policy';
import { API_BASE, apiPaths } from '../../contract/paths';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../tests/support/auth';
import { openTestDb, testDrivers } from '../../tests/support/test-db';
import { createApp } from '../app';
import type { Db } from '../db/client';
import type { StoredUser } from './users';

type App = ReturnType<typeof createApp>;

interface ApiRoute {
  method: string;
  path: string;
}

/** Every endpoint the app has registered under /api (middleware and the 404 catch-all are registered as ALL). */
function apiRoutes(app: App): ApiRoute[] {
  const seen = new Map<string, ApiRoute>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !isApiPath(r.path)) continue;
    seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  }
  return [...seen.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** A pattern without its parameters' regexes: `/x/:id{[0-9]+}` is the route `/x/:id`, only stricter (what fails the regex is denied). */
const shape = (pattern: string) => pattern.replace(/(:\w+)\{(?:[^{}]|\{[^{}]*\})*\}/g, '$1');

/** The table's own row for a route: the same method and the same pattern, not merely one that happens to match. */
const rowFor = (route: ApiRoute) => accessTable.find((r) => r.method === route.method && shape(r.path) === route.path);

/** A concrete URL for a route pattern. */
const concrete = (pattern: string) => pattern.replace(/:\w+(\{[^}]*\})?/g, '1').replace(/\/\*$/, '/x');

const WHO = ['anonymous', 'viewer', 'admin'] as const;
type Who = (typeof WHO)[number];

/** What the table promises for `who` on a route with `access`: 401, 403, or 'passes' (anything but 401 and 403). */
function expected(access: Access, who: Who): 401 | 403 | 'passes' {
  if (access === 'public') return 'passes';
  if (who === 'anonymous') return 401;
  if (access === 'admin' && who === 'viewer') return 403;
  return 'passes';
}

describe.each(testDrivers)('the access table against the app on %s', (driver) => {
  let db: Db;
  let app: App;
  const users = {} as Record<Role, StoredUser>;

  beforeAll(async () => {
    db = await openTestDb(driver);
    app = createApp({ db, auth: { hash: TEST_HASH } });
    users.viewer = await addTestUser(db, { username: 'pembaca', role: 'viewer' });
    users.admin = await addTestUser(db, { username: 'pengelola', role: 'admin' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('finds the endpoints: the app registers every documented path and method', async () => {
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(apiPaths).length);
    const doc = (await (await app.request(`${API_BASE}${apiPaths.openapi}`)).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        const route = { method: method.toUpperCase(), path: `${API_BASE}${path.replace(/\{(\w+)\}/g, ':$1')}` };
        expect(routes, `documented ${route.method} ${route.path}`).toContainEqual(route);
      }
    }
  });

  it('has a row for every endpoint the app registers (a new route without a row fails here)', () => {
    const missing = apiRoutes(app).filter((r) => !rowFor(r));
    expect(missing, 'add these to contract/access-policy.ts').toEqual([]);
  });

  it('has no row for an API endpoint that does not exist', () => {
    const routes = apiRoutes(app);
    const stale = accessTable.filter((row) => isApiPath(row.path) && !routes.some((r) => r.method === row.method && r.path === shape(row.path)));
    expect(stale, 'rows in contract/access-policy.ts with no route').toEqual([]);
  });

  it('answers every endpoint x {anonymous, viewer, admin} as the table says', async () => {
    const failures: string[] = [];
    for (const route of apiRoutes(app)) {
      const access = rowFor(route)?.access;
      if (!access) {
        failures.push(`${route.method} ${route.path}: no row`);
        continue;
      }
      for (const who of WHO) {
        // A fresh session each time: sign-out, for one, ends the session it is called with.
        const session = who === 'anonymous' ? null : await addTestSession(db, users[who]);
        const init: RequestInit = { method: route.method, headers: sessionHeaders(session, route.method) };
        if (route.method !== 'GET') init.body = '{}';
        const res = await app.request(concrete(route.path), init);
        const want = expected(access, who);
        const ok = want === 'passes' ? res.status !== 401 && res.status !== 403 : res.status === want;
        if (!ok) failures.push(`${route.method} ${route.path} (${access}) as ${who}: ${res.status}, expected ${want}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('denies an endpoint with no row: 404 to GET, 403 to a mutation, even for an admin', async () => {
    const extended = createApp({ db, auth: { hash: TEST_HASH } });
    extended.get('/api/unlisted', (c) => c.json({ secret: true }));
    extended.post('/api/unlisted', (c) => c.json({ secret: true }));
    expect(apiRoutes(extended).filter((r) => !rowFor(r))).toEqual([
      { method: 'GET', path: '/api/unlisted' },
      { method: 'POST', path: '/api/unlisted' },
    ]);
    const admin = await addTestSession(db, users.admin);
    const get = await extended.request('/api/unlisted', { headers: sessionHeaders(admin) });
    expect(get.status).toBe(404);
    const post = await extended.request('/api/unlisted', { method: 'POST', headers: sessionHeaders(admin, 'POST'), body: '{}' });
    expect(post.status).toBe(403);
    expect((await post.json()).error.code).toBe('forbidden');
  });
});
