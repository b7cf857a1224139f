import type { Timeseries } from '../../../contract/timeseries';
import { addDays, daysBetween } from '../../../contract/dates';
import { computeMilestones, type Milestone, type Milestones } from '@/lib/analytics/milestones';
import { comparePace, neededRate, type NeededRate, type PaceVerdict } from '@/lib/analytics/needed-rate';
import { computePace, type PaceRates } from '@/lib/analytics/pace';
import { projectRange, projectReachDate, type ProjectionRange, type ReachProjection } from '@/lib/analytics/projection';

/**
 * Everything the pace panel and the projection on the progress chart say, from the daily series alone:
 * the three rates, the projected range, the rate still needed, the on-pace verdict and the milestones.
 * Pure: all arithmetic is in src/lib/analytics.
 */

/** How far past the deadline (or the data date, if later) the chart may stretch to show the projection. */
export const CHART_OVERHANG_DAYS = 365;

export interface PaceModel {
  target: number;
  current: number;
  asOfDate: string;
  launchDate: string;
  deadline: string;
  rates: PaceRates;
  range: ProjectionRange;
  needed: NeededRate;
  /** The 28-day pace against the rate needed. */
  verdict: PaceVerdict;
  milestones: Milestones;
  /** The next milestone and when it falls at the 28-day pace. */
  nextMilestone: { milestone: Milestone; projection: ReachProjection } | null;
  /** Last date a chart needs to show the projection (never more than a year past the deadline). */
  chartEnd: string;
}

/** Nothing to project without a data date or with nobody registered. */
export function isPaceEmpty(ts: Timeseries): boolean {
  return ts.asOfDate === null || ts.points.length === 0 || (ts.points.at(-1)?.cumulative ?? 0) === 0;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

export function paceChartEnd(range: ProjectionRange, asOfDate: string, deadline: string): string {
  const base = later(deadline, asOfDate);
  if (range.status !== 'projected' && range.status !== 'beyond-horizon') return base;
  const cap = addDays(base, CHART_OVERHANG_DAYS);
  const latest = range.latest.projection;
  const likely = range.likely.projection;
  // The whole band if it ends within the overhang, else up to the cap.
  const wanted = latest.status === 'projected' ? latest.date : likely.status === 'projected' ? likely.date : cap;
  return wanted < cap ? later(base, wanted) : cap;
}

/** @param daily the campaign (or scope) series with interval 'day'; check isPaceEmpty first. */
export function buildPaceModel(daily: Timeseries): PaceModel {
  if (daily.interval !== 'day') throw new Error('buildPaceModel needs the daily series');
  const asOfDate = daily.asOfDate ?? daily.points.at(-1)?.date ?? daily.launchDate;
  const points = daily.points.filter((p) => p.date <= asOfDate);
  const current = points.at(-1)?.cumulative ?? 0;
  const { target, deadline, launchDate } = daily;
  const rates = computePace({ points, asOfDate, launchDate });
  const base = { current, target, asOfDate };
  const range0 = projectRange({ ...base, rates, deadline, series: points });
  const chartEnd = paceChartEnd(range0, asOfDate, deadline);
  const range = projectRange({ ...base, rates, deadline, series: points, until: chartEnd });
  const needed = neededRate({ ...base, deadline });
  const milestones = computeMilestones(target, points, current);
  const next = milestones.next;
  return {
    target,
    current,
    asOfDate,
    launchDate,
    deadline,
    rates,
    range,
    needed,
    verdict: comparePace(needed, rates.last28.perWeek),
    milestones,
    nextMilestone: next ? { milestone: next, projection: projectReachDate({ current, target: next.count, asOfDate, perDay: rates.last28.perDay }) } : null,
    chartEnd,
  };
}

/** Days between the projected date and the deadline: negative = before it. */
export function daysPastDeadline(date: string, deadline: string): number {
  return daysBetween(deadline, date);
}
