import { migrate, linkVersion, stampVersion, VERSION_KEY, MIGRATIONS, URL_VERSION, type Migration } from './migrations';
import { isListParam, parseListParam, parseParam, writeListParam, writeParam, type ParamSpec, type ParamValue } from './param';
import type { ViewRoute } from './routes';

/** A page's whole view state, keyed by parameter name. */
export type ViewState<R extends ViewRoute> = { -readonly [K in keyof R['params']]: ParamValue<R['params'][K]> };

/** Something in a link that was left out: a name the page does not use, or a value it cannot read. */
export interface UrlIssue {
  key: string;
  raw: string;
  reason: 'unknown' | 'invalid';
}

export interface ParsedView<R extends ViewRoute> {
  state: ViewState<R>;
  issues: UrlIssue[];
  /** The address as it should read: migrated to the current scheme, issues removed, order kept. */
  cleaned: URLSearchParams;
  /** Whether `cleaned` differs from the address given. */
  changed: boolean;
}

interface Options {
  migrations?: readonly Migration[];
  current?: number;
}

export function defaultViewState<R extends ViewRoute>(route: R): ViewState<R> {
  const state: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(route.params)) state[name] = isListParam(spec) ? [] : spec.defaultValue;
  return state as ViewState<R>;
}

/**
 * Reads a link to `route`: migrates it from the scheme it was written in, parses every parameter to
 * valid / invalid / missing (invalid and missing take the default), and lists what it left out.
 */
export function parseView<R extends ViewRoute>(route: R, params: URLSearchParams, options: Options = {}): ParsedView<R> {
  const { migrations = MIGRATIONS, current = URL_VERSION } = options;
  const issues: UrlIssue[] = [];
  const version = params.get(VERSION_KEY);
  if (version !== null && linkVersion(params, current) === null) issues.push({ key: VERSION_KEY, raw: version, reason: 'invalid' });

  const migrated = migrate(params, route.pattern, migrations, current);
  const state: Record<string, unknown> = {};
  /** Per parameter key, which of its occurrences in the address stay. */
  const keep = new Map<string, boolean[]>();

  for (const [name, spec] of Object.entries(route.params)) {
    const all = migrated.getAll(spec.key);
    if (isListParam(spec)) {
      const { values, kept } = parseListParam(spec, migrated);
      state[name] = values;
      // The page checks these itself: left in the address for it to read and report.
      if (route.checkedByPage?.includes(name)) {
        keep.set(spec.key, all.map(() => true));
        continue;
      }
      all.forEach((raw, i) => {
        if (!kept[i] && raw !== '') issues.push({ key: spec.key, raw, reason: 'invalid' });
      });
      keep.set(spec.key, kept);
    } else {
      const result = parseParam(spec, migrated);
      state[name] = result.status === 'valid' ? result.value : spec.defaultValue;
      if (result.status === 'invalid') issues.push({ key: spec.key, raw: result.raw, reason: 'invalid' });
      // Given twice: the first is read; a different second one is reported, the same one is just noise.
      const [first, ...repeats] = all;
      for (const raw of repeats) if (raw !== first && raw !== '') issues.push({ key: spec.key, raw, reason: 'invalid' });
      keep.set(spec.key, all.map((_, i) => i === 0 && result.status === 'valid'));
    }
  }

  const cleaned = new URLSearchParams();
  const seen = new Map<string, number>();
  for (const [key, raw] of migrated) {
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    const kept = keep.get(key);
    if (kept === undefined) issues.push({ key, raw, reason: 'unknown' });
    else if (kept[i]) cleaned.append(key, raw);
  }
  const stamped = stampVersion(cleaned, route.pattern, migrations, current);
  return { state: state as ViewState<R>, issues, cleaned: stamped, changed: stamped.toString() !== params.toString() };
}

/** A link to `route` showing `state`: only what differs from the defaults, in the registry's order, `v` only when needed. */
export function serializeView<R extends ViewRoute>(route: R, state: ViewState<R>, options: Options = {}): URLSearchParams {
  const { migrations = MIGRATIONS, current = URL_VERSION } = options;
  let params = new URLSearchParams();
  for (const [name, spec] of Object.entries(route.params)) {
    const value = (state as Record<string, unknown>)[name];
    params = isListParam(spec) ? writeListParam(spec, params, value as unknown[]) : writeParam(spec as ParamSpec<unknown>, params, value);
  }
  return stampVersion(params, route.pattern, migrations, current);
}
