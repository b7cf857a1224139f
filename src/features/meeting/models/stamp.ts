import type { Summary } from '../../../../contract/summary';
import { formatDate, formatDateTimeWib } from '@/lib/format';
import type { Dictionary } from '@/lib/i18n/id';
import type { Lang } from '@/lib/i18n/lang';

/**
 * "Data per 13 Nov 2023, 14.05 WIB" on every slide: when the data was loaded, to the minute, so a room
 * looking at an old screen can tell. The day alone when the time is unknown.
 */
export function stampText(summary: Pick<Summary, 'asOf' | 'asOfDate'> | undefined, t: Dictionary, lang: Lang): string | null {
  if (!summary) return null;
  if (summary.asOf) return t.dataAsOf(formatDateTimeWib(summary.asOf, lang));
  if (summary.asOfDate) return t.dataAsOf(formatDate(summary.asOfDate, lang));
  return t.noDataYet;
}
