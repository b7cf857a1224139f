import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { COMPARE_MAX, unitsParam } from '@/lib/url-state/params';
import { parseUnitId } from './scope';

/**
 * The compare page keeps its units in the address, one `unit` parameter each
 * (`/bandingkan?unit=1&unit=7&unit=12`), so a comparison can be shared as a link.
 */

export const COMPARE_PATH = '/bandingkan';
export const COMPARE_PARAM = unitsParam.key;

export interface CompareSelection {
  /** Known units, in the order of the address, at most COMPARE_MAX. */
  ids: number[];
  /** What was dropped, for the notice: not a unit id, no such unit, repeated, or over the limit. */
  dropped: { raw: string; reason: 'invalid' | 'unknown' | 'duplicate' | 'too-many' }[];
}

/** The units to compare, checked against the ids that exist (when known yet). */
export function readCompareSelection(params: URLSearchParams, knownIds?: ReadonlySet<number>): CompareSelection {
  const ids: number[] = [];
  const dropped: CompareSelection['dropped'] = [];
  for (const raw of params.getAll(COMPARE_PARAM)) {
    const id = parseUnitId(raw.trim());
    if (id === null) dropped.push({ raw, reason: 'invalid' });
    else if (knownIds && !knownIds.has(id)) dropped.push({ raw, reason: 'unknown' });
    else if (ids.includes(id)) dropped.push({ raw, reason: 'duplicate' });
    else if (ids.length >= COMPARE_MAX) dropped.push({ raw, reason: 'too-many' });
    else ids.push(id);
  }
  return { ids, dropped };
}

/** A copy of `params` holding exactly `ids` (other parameters, such as `lang`, kept). */
export function writeCompareSelection(params: URLSearchParams, ids: readonly number[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(COMPARE_PARAM);
  for (const id of ids.slice(0, COMPARE_MAX)) next.append(COMPARE_PARAM, String(id));
  return next;
}

/** The link to a comparison, e.g. from a unit's page with the unit itself first; keeps the language. */
export function compareTo(ids: readonly number[], lang: Lang): { pathname: string; search: string } {
  const params = writeCompareSelection(new URLSearchParams(), ids);
  if (lang !== DEFAULT_LANG) params.set('lang', lang);
  const text = params.toString();
  return { pathname: COMPARE_PATH, search: text ? `?${text}` : '' };
}
