import { addDays, endOfMonth, startOfMonth, toDayNumber } from '../../contract/dates';
import type { Interval, Timeseries } from '../../contract/timeseries';
import type { Point } from './chart-model';

/**
 * The cumulative line and the monthly table of a progress chart, from the frozen time series. Pure.
 * A point sits at the end of its bucket (or at the data's date for the running one): the count it carries
 * is the total up to then.
 */

const BUCKET_DAYS: Record<Exclude<Interval, 'month'>, number> = { day: 1, week: 7 };

export interface MonthRow {
  month: string;
  new: number;
  cumulative: number;
  target: number;
}

/** One row per month from launch to the data's date, summed from the daily (or weekly) buckets. */
export function monthlyRows(series: Timeseries): MonthRow[] {
  const byMonth = new Map<string, MonthRow>();
  for (const p of series.points) {
    const month = startOfMonth(p.date);
    const row = byMonth.get(month) ?? { month, new: 0, cumulative: 0, target: targetOn(series, endOfMonth(month)) };
    row.new += p.new;
    row.cumulative = Math.max(row.cumulative, p.cumulative);
    byMonth.set(month, row);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** The scope's target in force on a date (the first step's before it starts). */
export function targetOn(series: Pick<Timeseries, 'targetSteps' | 'target'>, date: string): number {
  let target = series.targetSteps[0]?.target ?? series.target;
  for (const step of series.targetSteps) if (step.from <= date) target = step.target;
  return target;
}

/** The line for the chosen interval: daily or weekly buckets as frozen, monthly summed from the daily ones. */
export function cumulativeLine(series: { day?: Timeseries | undefined; week?: Timeseries | undefined }, interval: Interval): Point[] {
  const chosen = interval === 'day' ? (series.day ?? series.week) : (series.week ?? series.day);
  if (!chosen) return [];
  const last = chosen.asOfDate ?? chosen.points.at(-1)?.date ?? chosen.launchDate;
  const origin: Point = { x: toDayNumber(addDays(chosen.launchDate, -1)), y: 0 };
  if (interval === 'month' && series.day) {
    return [origin, ...monthlyRows(series.day).map((row) => ({ x: toDayNumber(minDate(endOfMonth(row.month), last)), y: row.cumulative }))];
  }
  const days = BUCKET_DAYS[chosen.interval === 'day' ? 'day' : 'week'];
  return [origin, ...chosen.points.map((p) => ({ x: toDayNumber(minDate(addDays(p.date, days - 1), last)), y: p.cumulative }))];
}

const minDate = (a: string, b: string) => (a < b ? a : b);
