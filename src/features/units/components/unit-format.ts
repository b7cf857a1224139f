import type { Interval } from '../../../../contract/timeseries';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import type { UnitsMessages } from '../messages';

/** A weekly rate in whole workers, honest about small ones: "≈ 3 pekerja/minggu", "< 1 pekerja/minggu". */
export function perWeekText(m: UnitsMessages, perWeek: number, lang: Lang): string {
  if (perWeek <= 0) return m.perWeekNone;
  if (perWeek < 0.5) return m.perWeekBelowOne;
  return m.perWeek(formatNumber(perWeek, lang));
}

/** When a bucket of a series happened: a day, "the week of", or a month. */
export function bucketWhen(m: UnitsMessages, interval: Interval, date: string, lang: Lang): string {
  return interval === 'day' ? m.onDate(formatDate(date, lang))
    : interval === 'week' ? m.inWeekOf(formatDate(date, lang))
    : m.inMonth(formatMonth(date, lang));
}
