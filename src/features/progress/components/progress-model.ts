import type { Interval, Timeseries } from '../../../../contract/timeseries';
import { addDays, daysBetween } from '../../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import { niceCeil } from '@/lib/nice-number';

/**
 * Everything the progress chart draws, computed without a DOM: the cumulative series placed at
 * each bucket's last day, the target, and the straight "pace needed" line from the latest point to
 * the target at the deadline, plus the rates the caption states.
 */

export const RECENT_WINDOW_DAYS = 28;

export interface ProgressPoint {
  /** First day of the bucket, as sent by the API. */
  date: string;
  /** Last day of the bucket that the data covers (the data date for the newest bucket). */
  end: string;
  new: number;
  cumulative: number;
}

/** One row of chart data; series are undefined where they are not drawn. */
export interface ProgressChartRow {
  t: number;
  cumulative?: number;
  pace?: number;
}

export type PaceStatus = 'reached' | 'on-track' | 'behind' | 'stalled' | 'deadline-passed';

export interface ProgressModel {
  interval: Interval;
  target: number;
  deadline: string;
  points: ProgressPoint[];
  latest: ProgressPoint;
  rows: ProgressChartRow[];
  xDomain: [number, number];
  xTicks: number[];
  yMax: number;
  status: PaceStatus;
  /** Workers per week still needed to hit the target on the deadline; null once reached or too late. */
  neededPerWeek: number | null;
  /** Workers per week over the recent window (about four weeks, bucket edges permitting). */
  recentPerWeek: number | null;
  recentWindowDays: number;
  /** When the target falls at the recent pace; null if reached, or the pace is zero. */
  projectedDate: string | null;
}

/** No data to draw: no buckets, or nobody registered yet. */
export function isTimeseriesEmpty(ts: Timeseries): boolean {
  const last = ts.points.at(-1);
  return last === undefined || last.cumulative === 0;
}

function bucketEnds(ts: Timeseries): ProgressPoint[] {
  const lastDate = ts.asOfDate ?? ts.points.at(-1)?.date ?? ts.launchDate;
  return ts.points.map((point, i) => {
    const next = ts.points[i + 1];
    const end = next ? addDays(next.date, -1) : lastDate;
    return { ...point, end: end < point.date ? point.date : end };
  });
}

/** First days of months between two dates, thinned to at most `maxTicks`. */
export function monthTicks(from: string, to: string, maxTicks: number): number[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  if (!from.endsWith('-01')) m += 1;
  for (;;) {
    if (m > 12) {
      y += 1;
      m = 1;
    }
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > to) break;
    months.push(iso);
    m += 1;
  }
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, maxTicks)));
  return months.filter((_, i) => i % step === 0).map(isoDateToMs);
}

export interface ProgressModelOptions {
  maxTicks?: number;
  /** Stretch the x-axis at least to this date (the projection's end). */
  extendTo?: string;
  /** Make the y-axis reach at least this value (the projection, milestones past 100%). */
  yAtLeast?: number;
  /** Start the x-axis on this date instead of the launch (a time range; see time-range.ts). */
  from?: string | null;
}

export function buildProgressModel(ts: Timeseries, options: ProgressModelOptions = {}): ProgressModel {
  const points = bucketEnds(ts);
  const latest = points.at(-1);
  if (!latest) throw new Error('buildProgressModel needs at least one point; check isTimeseriesEmpty first');

  // Recent pace: from the last bucket that ended at least a window before the latest day.
  const windowStart = addDays(latest.end, -RECENT_WINDOW_DAYS);
  const reference = [...points].reverse().find((p) => p.end <= windowStart);
  const referenceEnd = reference?.end ?? addDays(ts.launchDate, -1);
  const referenceCumulative = reference?.cumulative ?? 0;
  const recentWindowDays = Math.max(1, daysBetween(referenceEnd, latest.end));
  const recentPerWeek = ((latest.cumulative - referenceCumulative) / recentWindowDays) * 7;

  const remaining = ts.target - latest.cumulative;
  const daysLeft = daysBetween(latest.end, ts.deadline);

  let status: PaceStatus;
  let neededPerWeek: number | null = null;
  let projectedDate: string | null = null;
  if (remaining <= 0) {
    status = 'reached';
  } else if (daysLeft <= 0) {
    status = 'deadline-passed';
  } else {
    neededPerWeek = (remaining / daysLeft) * 7;
    if (recentPerWeek <= 0) {
      status = 'stalled';
    } else {
      projectedDate = addDays(latest.end, Math.ceil((remaining / recentPerWeek) * 7));
      status = recentPerWeek >= neededPerWeek ? 'on-track' : 'behind';
    }
  }

  const rows: ProgressChartRow[] = points.map((p) => ({ t: isoDateToMs(p.end), cumulative: p.cumulative }));
  if (neededPerWeek !== null) {
    const last = rows.at(-1);
    if (last) last.pace = latest.cumulative;
    rows.push({ t: isoDateToMs(ts.deadline), pace: ts.target });
  }

  const dataEnd = latest.end > ts.deadline ? latest.end : ts.deadline;
  const xEnd = options.extendTo && options.extendTo > dataEnd ? options.extendTo : dataEnd;
  const start = points[0]?.date ?? ts.launchDate;
  const xStart = options.from ?? (start < ts.launchDate ? start : ts.launchDate);
  const maxCumulative = Math.max(...points.map((p) => p.cumulative));

  return {
    interval: ts.interval,
    target: ts.target,
    deadline: ts.deadline,
    points,
    latest,
    rows,
    xDomain: [isoDateToMs(xStart), isoDateToMs(xEnd)],
    xTicks: monthTicks(xStart, xEnd, options.maxTicks ?? 8),
    yMax: niceCeil(Math.max(ts.target, maxCumulative, options.yAtLeast ?? 0) * 1.05),
    status,
    neededPerWeek,
    recentPerWeek,
    recentWindowDays,
    projectedDate,
  };
}
