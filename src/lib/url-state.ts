import { Interval } from '../../contract/timeseries';
import { RankingMetric } from '../../contract/ranking';
import { LANGS, DEFAULT_LANG } from './i18n/lang';

/**
 * View state lives in the URL so any screen can be shared by copying the address.
 * Each parameter parses to valid / invalid / missing; only values that differ from
 * the default are written, so the default view has a clean address.
 */
export type ParamResult<T> = { status: 'missing' } | { status: 'valid'; value: T } | { status: 'invalid'; raw: string };

export interface ParamSpec<T> {
  key: string;
  defaultValue: T;
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

export function enumParam<const V extends string>(key: string, values: readonly V[], defaultValue: NoInfer<V>): ParamSpec<V> {
  return {
    key,
    defaultValue,
    parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as V) : undefined,
    serialize: (value) => value,
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

export const BREAKDOWN_TABS = ['units', 'kecamatan'] as const;
export type BreakdownTab = (typeof BREAKDOWN_TABS)[number];

export const SORT_KEYS = ['name', 'target', 'registered', 'progress'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** `progress` = ascending, `-progress` = descending. */
export const sortParam: ParamSpec<Sort> = {
  key: 'sort',
  defaultValue: { key: 'progress', direction: 'desc' },
  parse(raw) {
    const descending = raw.startsWith('-');
    const key = descending ? raw.slice(1) : raw;
    return (SORT_KEYS as readonly string[]).includes(key)
      ? { key: key as SortKey, direction: descending ? 'desc' : 'asc' }
      : undefined;
  },
  serialize: (sort) => `${sort.direction === 'desc' ? '-' : ''}${sort.key}`,
};

export const viewParams = {
  lang: enumParam('lang', LANGS, DEFAULT_LANG),
  interval: enumParam('interval', Interval.options, 'week'),
  metric: enumParam('metric', RankingMetric.options, 'count'),
  breakdown: enumParam('tab', BREAKDOWN_TABS, 'units'),
  sort: sortParam,
};

type ViewParams = typeof viewParams;
export type ViewState = { [K in keyof ViewParams]: ViewParams[K] extends ParamSpec<infer T> ? T : never };

export function parseViewState(params: URLSearchParams): { state: ViewState; invalid: string[] } {
  const invalid: string[] = [];
  const state = {} as Record<string, unknown>;
  for (const [name, spec] of Object.entries(viewParams) as [string, ParamSpec<unknown>][]) {
    const result = parseParam(spec, params);
    if (result.status === 'invalid') invalid.push(spec.key);
    state[name] = result.status === 'valid' ? result.value : spec.defaultValue;
  }
  return { state: state as ViewState, invalid };
}

export function serializeViewState(state: ViewState): URLSearchParams {
  let params = new URLSearchParams();
  for (const [name, spec] of Object.entries(viewParams) as [keyof ViewState, ParamSpec<unknown>][]) {
    params = writeParam(spec, params, state[name]);
  }
  return params;
}
