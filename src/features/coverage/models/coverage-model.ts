import type { Coverage, CoverageMonth } from '../../../../contract/coverage';
import { endOfMonth } from '../../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import { niceCeil } from '@/lib/nice-number';

/** A month of GET /coverage, with the day its "at the end of the month" figures were counted on. */
export interface CoveragePoint extends CoverageMonth {
  /** The month's last day, or asOfDate in the asOfDate month. */
  countedOn: string;
  /** countedOn as a chart position (UTC midnight, ms). */
  t: number;
  /** The asOfDate month: counted up to asOfDate only. */
  partial: boolean;
  /** active / registered; 0 before anyone registered. */
  activeShare: number;
  /** Workers covered on some day of the month: contributions / monthlyContribution. */
  coveredInMonth: number;
}

export function coveragePoints(coverage: Coverage): CoveragePoint[] {
  const asOfDate = coverage.asOfDate;
  return coverage.months.map((m) => {
    const monthEnd = endOfMonth(m.month);
    const partial = asOfDate !== null && asOfDate <= monthEnd;
    const countedOn = partial ? asOfDate! : monthEnd;
    return {
      ...m,
      countedOn,
      t: isoDateToMs(countedOn),
      partial,
      activeShare: m.registered > 0 ? m.active / m.registered : 0,
      coveredInMonth: coverage.monthlyContribution > 0 ? Math.round(m.contributions / coverage.monthlyContribution) : 0,
    };
  });
}

export interface CoverageHeadline {
  latest: CoveragePoint;
  previous: CoveragePoint | null;
  totalLapses: number;
  totalContributions: number;
}

/** The newest month and the totals since launch; null when there are no months yet. */
export function coverageHeadline(points: readonly CoveragePoint[]): CoverageHeadline | null {
  const latest = points.at(-1);
  if (!latest) return null;
  return {
    latest,
    previous: points.at(-2) ?? null,
    totalLapses: points.reduce((sum, p) => sum + p.lapses, 0),
    totalContributions: points.reduce((sum, p) => sum + p.contributions, 0),
  };
}

/** The month with the most lapses (the earliest among equals); null when nobody has lapsed. */
export function peakLapses(points: readonly CoveragePoint[]): CoveragePoint | null {
  return points.reduce<CoveragePoint | null>((best, p) => (p.lapses > 0 && (best === null || p.lapses > best.lapses) ? p : best), null);
}

export interface CostToTarget {
  target: number;
  registered: number;
  /** Workers still to register; 0 once the target is reached. */
  remaining: number;
  reached: boolean;
  monthlyContribution: number;
  /** remaining x monthlyContribution. */
  perMonth: number;
  /** remaining x monthlyContribution x 12. */
  perYear: number;
  /** What the whole target costs a year: target x monthlyContribution x 12. */
  targetPerYear: number;
}

export function costToTarget({ target, registered, monthlyContribution }: { target: number; registered: number; monthlyContribution: number }): CostToTarget {
  const remaining = Math.max(0, target - registered);
  return {
    target,
    registered,
    remaining,
    reached: remaining === 0,
    monthlyContribution,
    perMonth: remaining * monthlyContribution,
    perYear: remaining * monthlyContribution * 12,
    targetPerYear: target * monthlyContribution * 12,
  };
}

/** Heatmap steps for a retention share: the thresholds each step starts at, lowest first. */
export const HEAT_THRESHOLDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95] as const;

/** 0 (below 50%) .. 5 (95% and more). */
export function heatStep(share: number): number {
  let step = 0;
  HEAT_THRESHOLDS.forEach((threshold, i) => {
    if (share >= threshold) step = i;
  });
  return step;
}

export interface ActiveChartModel {
  xDomain: [number, number];
  xTicks: number[];
  yMax: number;
}

/** The line chart's frame: from the first month's first day to the last counted day, month ticks thinned to `maxTicks`. */
export function activeChartModel(points: readonly CoveragePoint[], maxTicks: number): ActiveChartModel {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { xDomain: [0, 1], xTicks: [], yMax: 1 };
  const starts = points.map((p) => isoDateToMs(p.month));
  const step = Math.max(1, Math.ceil(starts.length / Math.max(1, maxTicks)));
  // Thin from the newest month back, so the latest month always has its tick.
  const xTicks = starts.filter((_, i) => (starts.length - 1 - i) % step === 0);
  return {
    xDomain: [starts[0]!, last.t],
    xTicks,
    yMax: niceCeil(Math.max(1, ...points.map((p) => p.registered))),
  };
}

export interface ExpiringBar {
  key: string;
  id: number | null;
  name: string;
  count: number | null;
}

/** The `top` units with the most cover ending soon, then one row standing for the rest (count null) when there are more. */
export function expiringBars(units: Coverage['expiring']['units'], top: number): { bars: ExpiringBar[]; rest: number } {
  const shown = units.slice(0, top).map((u) => ({ key: `unit-${u.id}`, id: u.id, name: u.name, count: u.count }));
  const rest = Math.max(0, units.length - shown.length);
  return { bars: rest > 0 ? [...shown, { key: 'rest', id: null, name: '', count: null }] : shown, rest };
}
