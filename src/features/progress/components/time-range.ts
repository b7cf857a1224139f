import type { Timeseries } from '../../../../contract/timeseries';
import { addDays } from '../../../../contract/dates';
import type { TimeRange } from '@/lib/url-state/params';

/**
 * The time range of the progress charts (`?rentang=3-bulan`), counted back from the data date: the
 * branch reviews "the last three months", not arbitrary dates. The API sends the whole series; the
 * range only cuts what is drawn and listed, so the target line and the projection stay the campaign's.
 */

export const RANGE_MONTHS: Record<Exclude<TimeRange, 'semua'>, number> = { '12-bulan': 12, '6-bulan': 6, '3-bulan': 3 };

/** The same day `months` earlier, or the month's last day when it has no such day (31 May − 3 → 28/29 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The first day the range shows, or null when it shows everything: the whole campaign, no data yet,
 * or a range that reaches back to the launch anyway.
 */
export function rangeStart(range: TimeRange, ts: Pick<Timeseries, 'asOfDate' | 'launchDate'>): string | null {
  if (range === 'semua' || ts.asOfDate === null) return null;
  const from = addDays(monthsBefore(ts.asOfDate, RANGE_MONTHS[range]), 1);
  return from > ts.launchDate ? from : null;
}

/**
 * The series cut to the range: every bucket that ends on or after its first day (so the bucket holding
 * that day stays, and the newest always does). `from` is where the chart's time axis starts.
 */
export function sliceTimeseries(ts: Timeseries, range: TimeRange): { timeseries: Timeseries; from: string | null } {
  const from = rangeStart(range, ts);
  if (from === null) return { timeseries: ts, from: null };
  const points = ts.points.filter((point, i) => {
    const next = ts.points[i + 1];
    const end = next ? addDays(next.date, -1) : (ts.asOfDate ?? point.date);
    return end >= from;
  });
  return { timeseries: { ...ts, points }, from };
}
