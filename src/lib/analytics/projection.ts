import type { TimeseriesPoint } from '../../../contract/timeseries';
import { addDays, daysBetween } from '../../../contract/dates';
import type { PaceRates, PaceWindowId } from './pace';

/**
 * When the target falls at a given rate, and the band of dates the three recent rates give. Pure;
 * dates are contract `YYYY-MM-DD` strings. The data speaks for the end of asOfDate, so after d more days
 * the count is current + rate x d, and the projected date is the first day on which that reaches the target.
 */

/** Projections further out than this are not dated (a date centuries away is not information). */
export const MAX_PROJECTION_DAYS = 36_525;

/** Guards ceil() against floating-point dust: 280 / (280 / 28) must be 28 days, not 29. */
const EPSILON = 1e-9;

export type ReachProjection =
  /** Already at or over the target: nothing to project. */
  | { status: 'reached' }
  /** Rate 0: at this rate the target is never reached. */
  | { status: 'no-progress' }
  | { status: 'projected'; days: number; date: string }
  /** Positive rate, but more than MAX_PROJECTION_DAYS away. */
  | { status: 'beyond-horizon'; days: number };

export interface ReachInput {
  current: number;
  target: number;
  asOfDate: string;
  /** Workers per day. */
  perDay: number;
}

/** Days from asOfDate until current + perDay x days >= target, rounded up; 0 when reached; Infinity when never. */
export function daysToReach(current: number, target: number, perDay: number): number {
  const remaining = target - current;
  if (remaining <= 0) return 0;
  if (!(perDay > 0)) return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.ceil(remaining / perDay - EPSILON));
}

export function projectReachDate({ current, target, asOfDate, perDay }: ReachInput): ReachProjection {
  if (current >= target) return { status: 'reached' };
  const days = daysToReach(current, target, perDay);
  if (!Number.isFinite(days)) return { status: 'no-progress' };
  if (days > MAX_PROJECTION_DAYS) return { status: 'beyond-horizon', days };
  return { status: 'projected', days, date: addDays(asOfDate, days) };
}

/** The date the cumulative series first reached the target (the bucket's date), or null if it never did. */
export function reachedOn(points: readonly Pick<TimeseriesPoint, 'date' | 'cumulative'>[], target: number): string | null {
  return points.find((p) => p.cumulative >= target)?.date ?? null;
}

export interface RangeEnd {
  window: PaceWindowId;
  perDay: number;
  perWeek: number;
  projection: ReachProjection;
}

/** One row of the band to draw; a series is absent after it has reached the target. */
export interface ProjectionBandPoint {
  date: string;
  /** The likely line: current + likely rate x days. */
  likely?: number;
  /** Band edges: the slowest and the fastest rate, each capped at the target once it reaches it. */
  low?: number;
  high?: number;
}

export type DeadlineVerdict =
  /** The whole range lands on or before the deadline. */
  | 'before'
  /** The whole range lands after it (or never). */
  | 'after'
  /** The fastest rate makes it, the slowest does not. */
  | 'straddles';

export type ProjectionRange =
  | { status: 'reached'; current: number; target: number; reachedOn: string | null; band: [] }
  | { status: 'no-progress'; current: number; target: number; band: [] }
  | {
      status: 'projected' | 'beyond-horizon';
      current: number;
      target: number;
      /** The likely rate's projection (by default the 28-day rate). */
      likely: RangeEnd;
      /** The fastest and slowest of the three rates. */
      earliest: RangeEnd;
      latest: RangeEnd;
      /** For 'projected': does the likely date land on or before the deadline. Null without a deadline. */
      onOrBeforeDeadline: boolean | null;
      rangeVsDeadline: DeadlineVerdict | null;
      band: ProjectionBandPoint[];
    };

export interface RangeInput {
  current: number;
  target: number;
  asOfDate: string;
  rates: PaceRates;
  deadline?: string | null;
  /** Which rate is the likely one; the brief's wording ("dengan laju 28 hari terakhir") means last28. */
  likelyWindow?: PaceWindowId;
  /** Cumulative series, to date the moment the target was reached. */
  series?: readonly Pick<TimeseriesPoint, 'date' | 'cumulative'>[];
  /** Last date the chart shows: band points stop there. Defaults to the latest reach date (or the horizon). */
  until?: string;
}

function landsBy(end: RangeEnd, deadline: string): boolean {
  return end.projection.status === 'projected' && end.projection.date <= deadline;
}

export function projectRange(input: RangeInput): ProjectionRange {
  const { current, target, asOfDate, rates } = input;
  const deadline = input.deadline ?? null;
  if (current >= target) {
    return { status: 'reached', current, target, reachedOn: input.series ? reachedOn(input.series, target) : null, band: [] };
  }

  const end = (window: PaceWindowId): RangeEnd => {
    const { perDay, perWeek } = rates[window];
    return { window, perDay, perWeek, projection: projectReachDate({ current, target, asOfDate, perDay }) };
  };
  const likely = end(input.likelyWindow ?? 'last28');
  if (likely.projection.status === 'no-progress') return { status: 'no-progress', current, target, band: [] };

  const ends = (['last7', 'last28', 'sinceLaunch'] as const).map(end);
  // Fastest first; ties keep the window order, so the result does not depend on float noise.
  const byRate = [...ends].sort((a, b) => b.perDay - a.perDay);
  const earliest = byRate[0]!;
  const latest = byRate[byRate.length - 1]!;

  let rangeVsDeadline: DeadlineVerdict | null = null;
  if (deadline !== null) {
    const early = landsBy(earliest, deadline);
    const late = landsBy(latest, deadline);
    rangeVsDeadline = late ? 'before' : early ? 'straddles' : 'after';
  }

  return {
    status: likely.projection.status === 'projected' ? 'projected' : 'beyond-horizon',
    current,
    target,
    likely,
    earliest,
    latest,
    onOrBeforeDeadline: deadline === null ? null : landsBy(likely, deadline),
    rangeVsDeadline,
    band: projectionBand({ current, target, asOfDate, likely: likely.perDay, low: latest.perDay, high: earliest.perDay, until: input.until }),
  };
}

/**
 * Points for the likely line and the band, from asOfDate to the date the slowest rate reaches the target
 * (or `until`, or the horizon, whichever comes first). Only the dates where a line bends are listed:
 * straight lines between them are exact. Each series ends on the day it reaches the target.
 */
export function projectionBand(input: {
  current: number;
  target: number;
  asOfDate: string;
  likely: number;
  low: number;
  high: number;
  until?: string;
}): ProjectionBandPoint[] {
  const { current, target, asOfDate } = input;
  if (current >= target) return [];
  const reachDay = (perDay: number) => Math.min(daysToReach(current, target, perDay), MAX_PROJECTION_DAYS);
  const dLikely = reachDay(input.likely);
  const dLow = reachDay(input.low);
  const dHigh = reachDay(input.high);
  const untilDay =
    input.until === undefined ? Number.POSITIVE_INFINITY : Math.max(0, daysBetween(asOfDate, input.until));
  const lastDay = Math.min(Math.max(dLikely, dLow, dHigh), untilDay);

  // On its reach day a line is exactly on the target (ceil() may leave float dust just below it).
  const at = (perDay: number, reach: number, day: number) =>
    day > reach ? undefined : day === reach && reach < MAX_PROJECTION_DAYS ? target : Math.min(target, current + perDay * day);
  const days = [...new Set([0, dHigh, dLikely, dLow, lastDay])].filter((d) => d <= lastDay).sort((a, b) => a - b);
  return days.map((day) => {
    const point: ProjectionBandPoint = { date: addDays(asOfDate, day) };
    const likely = at(input.likely, dLikely, day);
    // The band keeps its top edge on the target after the fastest rate gets there, until the slowest does.
    const high = day > dLow ? undefined : day >= dHigh ? target : at(input.high, dHigh, day);
    const low = at(input.low, dLow, day);
    if (likely !== undefined) point.likely = likely;
    if (low !== undefined) point.low = low;
    if (high !== undefined) point.high = high;
    return point;
  });
}
