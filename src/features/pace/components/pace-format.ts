import type { PaceRate, PaceWindowId } from '@/lib/analytics/pace';
import { MAX_PROJECTION_DAYS, type RangeEnd, type ReachProjection } from '@/lib/analytics/projection';
import { formatDate, formatNumber } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import type { paceMessages } from '../messages';

type M = (typeof paceMessages)['id'];

/** Whole workers a week as people say it: "70", "< 1" for a trickle, "0" for none. */
export function formatPerWeek(perWeek: number, lang: Lang, m: M): string {
  if (perWeek > 0 && perWeek < 0.5) return m.belowOne;
  return formatNumber(Math.round(perWeek), lang);
}

/** "28 hari terakhir", or "12 hari sejak peluncuran" when the campaign is younger than the window. */
export function windowName(rate: PaceRate, lang: Lang, m: M): string {
  return rate.partial ? m.windowPartial(formatNumber(rate.days, lang)) : m.window[rate.window];
}

export const HORIZON_YEARS = Math.floor(MAX_PROJECTION_DAYS / 365.25);

/** A projection as a table cell: the date, "sudah tercapai", "tidak tercapai" or "> 100 tahun". */
export function projectionCell(projection: ReachProjection, lang: Lang, m: M): string {
  switch (projection.status) {
    case 'projected':
      return formatDate(projection.date, lang);
    case 'reached':
      return m.reachDone;
    case 'no-progress':
      return m.reachNever;
    case 'beyond-horizon':
      return m.reachBeyond(formatNumber(HORIZON_YEARS, lang));
  }
}

/** "(antara 18 Sep 2027 dan 7 Jan 2028)", "(paling cepat ...)" or nothing when the range is one day. */
export function rangeText(earliest: RangeEnd, latest: RangeEnd, lang: Lang, m: M): string | null {
  const e = earliest.projection;
  const l = latest.projection;
  if (e.status !== 'projected') return null;
  if (l.status !== 'projected') return m.leadRangeOpen(formatDate(e.date, lang));
  if (l.date === e.date) return null;
  return m.leadRange(formatDate(e.date, lang), formatDate(l.date, lang));
}

export const WINDOW_ORDER: readonly PaceWindowId[] = ['last7', 'last28', 'sinceLaunch'];
