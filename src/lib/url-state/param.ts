/**
 * One URL parameter: how it parses and how it is written. Each parameter parses to valid / invalid /
 * missing; only values that differ from the default are written, so the default view has a clean address.
 */
export type ParamResult<T> = { status: 'missing' } | { status: 'valid'; value: T } | { status: 'invalid'; raw: string };

export interface ParamSpec<T> {
  key: string;
  defaultValue: T;
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

/**
 * A parameter given once per item, in order (`?unit=1&unit=7`). Repeats and items past `max` are
 * invalid like any unparsable item. The default is always the empty list.
 */
export interface ListParamSpec<T> {
  key: string;
  list: true;
  max: number;
  parseItem(raw: string): T | undefined;
  serializeItem(value: T): string;
}

export type AnyParamSpec = ParamSpec<unknown> | ListParamSpec<unknown>;
export type ParamValue<S> = S extends ListParamSpec<infer T> ? T[] : S extends ParamSpec<infer T> ? T : never;

export function isListParam(spec: AnyParamSpec): spec is ListParamSpec<unknown> {
  return 'list' in spec;
}

export function enumParam<const V extends string>(key: string, values: readonly V[], defaultValue: NoInfer<V>): ParamSpec<V> & { values: readonly V[] } {
  return {
    key,
    values,
    defaultValue,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as V) : undefined),
    serialize: (value) => value,
  };
}

export interface Sort<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

/** A table's order by one column: `progress` ascending, `-progress` descending. */
export function sortParam<const K extends string>(key: string, columns: readonly K[], defaultValue: NoInfer<Sort<K>>): ParamSpec<Sort<K>> & { columns: readonly K[] } {
  return {
    key,
    columns,
    defaultValue,
    parse(raw) {
      const descending = raw.startsWith('-');
      const column = descending ? raw.slice(1) : raw;
      return (columns as readonly string[]).includes(column) ? { key: column as K, direction: descending ? 'desc' : 'asc' } : undefined;
    },
    serialize: (sort) => `${sort.direction === 'desc' ? '-' : ''}${sort.key}`,
  };
}

/** Positive whole numbers without leading zeros, up to 9 digits (unit ids). */
export function idListParam(key: string, max: number): ListParamSpec<number> {
  return {
    key,
    list: true,
    max,
    parseItem: (raw) => (/^[1-9]\d{0,8}$/.test(raw.trim()) ? Number(raw.trim()) : undefined),
    serializeItem: (id) => String(id),
  };
}

export function parseParam<T>(spec: ParamSpec<T>, params: URLSearchParams): ParamResult<T> {
  const raw = params.get(spec.key);
  if (raw === null || raw === '') return { status: 'missing' };
  const value = spec.parse(raw);
  return value === undefined ? { status: 'invalid', raw } : { status: 'valid', value };
}

/** The value to use: a valid value, else the default (an invalid value is ignored, not an error page). */
export function readParam<T>(spec: ParamSpec<T>, params: URLSearchParams): T {
  const result = parseParam(spec, params);
  return result.status === 'valid' ? result.value : spec.defaultValue;
}

/** A copy of `params` with `value` written, or removed when it is the default. Other parameters are kept. */
export function writeParam<T>(spec: ParamSpec<T>, params: URLSearchParams, value: T): URLSearchParams {
  const next = new URLSearchParams(params);
  const serialized = spec.serialize(value);
  if (serialized === spec.serialize(spec.defaultValue)) next.delete(spec.key);
  else next.set(spec.key, serialized);
  return next;
}

/**
 * The items that parse, in order, without repeats, at most `max`; the raw values left out (empty ones
 * are not counted); and for each of `params.getAll(key)` whether it was kept.
 */
export function parseListParam<T>(spec: ListParamSpec<T>, params: URLSearchParams): { values: T[]; invalid: string[]; kept: boolean[] } {
  const values: T[] = [];
  const seen = new Set<string>();
  const invalid: string[] = [];
  const kept: boolean[] = [];
  for (const raw of params.getAll(spec.key)) {
    const value = raw === '' ? undefined : spec.parseItem(raw);
    const canonical = value === undefined ? undefined : spec.serializeItem(value);
    const keep = value !== undefined && canonical !== undefined && !seen.has(canonical) && values.length < spec.max;
    kept.push(keep);
    if (keep) {
      seen.add(canonical);
      values.push(value);
    } else if (raw !== '') invalid.push(raw);
  }
  return { values, invalid, kept };
}

/** A copy of `params` holding exactly `values` for this parameter (none for the empty list), others kept in place. */
export function writeListParam<T>(spec: ListParamSpec<T>, params: URLSearchParams, values: readonly T[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(spec.key);
  for (const value of values.slice(0, spec.max)) next.append(spec.key, spec.serializeItem(value));
  return next;
}
