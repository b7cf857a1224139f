import type { TimeseriesPoint } from '../../../contract/timeseries';

/**
 * Milestones at 25 / 50 / 75 / 100% of a target, and on past 100% in the same steps when the count is over
 * (125%, 150%, ... up to the first one not yet reached), each with the date it was first reached. Pure.
 * A milestone of p% is reached when count x 100 >= target x p (whole-number arithmetic, no rounding).
 */

export const MILESTONE_STEP = 25;
/** Past this the list stops growing (a count 10x its target is reported by its percentage, not 40 milestones). */
export const MAX_MILESTONE_PERCENT = 1000;

export interface Milestone {
  percent: number;
  /** target x percent / 100; may be fractional (a count reaches it at the next whole number). */
  threshold: number;
  /** The smallest whole count that reaches it. */
  count: number;
  reached: boolean;
  /** Date of the first point of the cumulative series at or over it; null if not reached, or reached before the series. */
  reachedOn: string | null;
}

export interface Milestones {
  milestones: Milestone[];
  /** The first milestone not yet reached. */
  next: Milestone | null;
  /** The highest milestone reached, if any. */
  last: Milestone | null;
}

export function reachesPercent(count: number, target: number, percent: number): boolean {
  return count * 100 >= target * percent;
}

/**
 * @param cumulative the cumulative series, oldest first (any interval; the date is the bucket's date)
 * @param current the count now; defaults to the series' last cumulative value
 */
export function computeMilestones(
  target: number,
  cumulative: readonly Pick<TimeseriesPoint, 'date' | 'cumulative'>[],
  current: number = cumulative.at(-1)?.cumulative ?? 0,
): Milestones {
  if (!(target > 0)) return { milestones: [], next: null, last: null };
  const milestones: Milestone[] = [];
  for (let percent = MILESTONE_STEP; ; percent += MILESTONE_STEP) {
    const reached = reachesPercent(current, target, percent);
    const threshold = (target * percent) / 100;
    milestones.push({
      percent,
      threshold,
      count: Math.floor((target * percent + 99) / 100),
      reached,
      reachedOn: reached ? (cumulative.find((p) => reachesPercent(p.cumulative, target, percent))?.date ?? null) : null,
    });
    if ((percent >= 100 && !reached) || percent >= MAX_MILESTONE_PERCENT) break;
  }
  return {
    milestones,
    next: milestones.find((m) => !m.reached) ?? null,
    last: milestones.filter((m) => m.reached).at(-1) ?? null,
  };
}
