/**
 * Old links keep working. Every link ever shared is read through this table before its parameters are
 * parsed, so a parameter can be renamed, or a value replaced, without breaking what people sent around.
 *
 * Versions. The scheme is numbered; a link says which scheme it was written in with `v`, but only when it
 * has to: a link without `v` is read as version 1 (every link made before versions existed), and the writer
 * adds `v` only when the current link would read differently as a version-1 link (see `needsVersion`).
 * As long as migrations only retire names and values the current scheme no longer uses, which is the rule,
 * no link ever carries `v`. It is there for the day a name has to come back with another meaning.
 *
 * Adding the next migration:
 *   1. Add a step with `version: URL_VERSION + 1` at the end of MIGRATIONS and bump URL_VERSION. Say why.
 *   2. `routes`: the route patterns (as in routes.ts) it applies to; leave it out for every route.
 *   3. `rename`: old name → new name. The new name wins when a link has both. `values`: per parameter
 *      (its new name), old value → new value.
 *   4. Add the old link and the state it must open to OLD_LINKS in view-state.test.ts. The property tests
 *      then check that current links still round-trip, with or without `v`.
 * A retired name or value may come back with another meaning: the links that would be misread then carry
 * `v` by themselves (serializeView, useUrlParam), as the made-up history in view-state.test.ts checks.
 */

export interface Migration {
  /** The scheme this step produces: it applies to links written in an older one. */
  version: number;
  why: string;
  routes?: readonly string[];
  rename?: Readonly<Record<string, string>>;
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const URL_VERSION = 2;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    why: 'The compare page called its measure `ukuran`; every other page calls it `metric`, so a measure reads the same in every link.',
    routes: ['/bandingkan'],
    rename: { ukuran: 'metric' },
  },
];

export const VERSION_KEY = 'v';

/** The link's scheme: 1 without `v`; null when `v` is not a scheme this app knows (it is then reported). */
export function linkVersion(params: URLSearchParams, current = URL_VERSION): number | null {
  const raw = params.get(VERSION_KEY);
  if (raw === null) return 1;
  if (!/^[1-9]\d{0,3}$/.test(raw)) return null;
  const version = Number(raw);
  return version <= current ? version : null;
}

function applyStep(params: URLSearchParams, step: Migration): URLSearchParams {
  const rename = step.rename ?? {};
  const values = step.values ?? {};
  const next = new URLSearchParams();
  // One pass, so the order of the address is kept.
  for (const [key, value] of params) {
    const renamed = rename[key];
    // The new name wins: an old one beside it is dropped.
    if (renamed !== undefined && params.has(renamed)) continue;
    const name = renamed ?? key;
    next.append(name, values[name]?.[value] ?? value);
  }
  return next;
}

/**
 * The link in the current scheme, without `v`: every step newer than the link's version that applies to
 * the route, in order. A `v` this app does not know is read as the current scheme.
 */
export function migrate(params: URLSearchParams, route: string, migrations: readonly Migration[] = MIGRATIONS, current = URL_VERSION): URLSearchParams {
  const version = linkVersion(params, current) ?? current;
  let next = new URLSearchParams(params);
  next.delete(VERSION_KEY);
  for (const step of migrations) {
    if (step.version <= version || step.version > current) continue;
    if (step.routes && !step.routes.includes(route)) continue;
    next = applyStep(next, step);
  }
  return next;
}

/** Whether a link written now must say its version: when reading it as a version-1 link would change it. */
export function needsVersion(params: URLSearchParams, route: string, migrations: readonly Migration[] = MIGRATIONS, current = URL_VERSION): boolean {
  if (current === 1) return false;
  const bare = new URLSearchParams(params);
  bare.delete(VERSION_KEY);
  return migrate(bare, route, migrations, current).toString() !== bare.toString();
}

/** `params` (in the current scheme) as a link: with `v` when it needs one, without otherwise. */
export function stampVersion(params: URLSearchParams, route: string, migrations: readonly Migration[] = MIGRATIONS, current = URL_VERSION): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(VERSION_KEY);
  if (needsVersion(next, route, migrations, current)) next.set(VERSION_KEY, String(current));
  return next;
}
