import { addDays, daysBetween } from '../../../contract/dates';

/**
 * The race between regions, from each region's current value (workers registered, or the share of its
 * civil servants) and its recent pace. Pure; dates are contract `YYYY-MM-DD` strings.
 *
 * Values are projected in a straight line: after d more days a region stands at value + perDay x d. A
 * region behind "passes" (draws level with) a region ahead on the first whole day its projection is at
 * least the other's; equal value means equal rank, so drawing level is taking the place.
 */

export const PACE_WINDOW_DAYS = 28;

/** Projections further out than this are not dated (a date centuries away is not information). */
export const MAX_RACE_DAYS = 36_525;

export interface RegionPace {
  perDay: number;
  /** The history dates the pace runs between. */
  from: string;
  to: string;
  /** Days between `from` and `to`: the window, or fewer when the history is shorter. */
  days: number;
  /** False when the history covers less than the window: the pace is over what there is. */
  full: boolean;
}

/**
 * Pace per day over the last `windowDays` of a dated series (dates ascending, one value each): from the
 * latest date at least a window before the last date, or from the first date when the history is shorter.
 * Null with fewer than two dates, since one point has no pace.
 */
export function recentPace(
  dates: readonly string[],
  values: readonly number[],
  windowDays: number = PACE_WINDOW_DAYS,
): RegionPace | null {
  const n = Math.min(dates.length, values.length);
  if (n < 2) return null;
  const last = n - 1;
  const to = dates[last]!;
  let start = 0;
  for (let i = last - 1; i >= 0; i--) {
    if (daysBetween(dates[i]!, to) >= windowDays) {
      start = i;
      break;
    }
  }
  const from = dates[start]!;
  const days = daysBetween(from, to);
  if (days <= 0) return null;
  return { perDay: (values[last]! - values[start]!) / days, from, to, days, full: days >= windowDays };
}

export interface Contender {
  /** A stable key that orders ties: the region code. */
  code: string;
  value: number;
  /** Per day; null when unknown (too little history). */
  pace: number | null;
}

export type Standing<T extends Pick<Contender, 'code' | 'value'>> = T & { rank: number };

/**
 * Competition ranking, best first: equal values share a rank (1, 2, 2, 4) and, within a tie, entries are
 * ordered by code, so the order never depends on the order they arrived in.
 */
export function rankStandings<T extends Pick<Contender, 'code' | 'value'>>(entries: readonly T[]): Standing<T>[] {
  const sorted = [...entries].sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  let rank = 0;
  return sorted.map((entry, i) => {
    if (i === 0 || entry.value !== sorted[i - 1]!.value) rank = i + 1;
    return { ...entry, rank };
  });
}

export function projectedValue(value: number, perDay: number, days: number): number {
  return value + perDay * days;
}

/**
 * The first whole day d >= 0 on which the chaser's projection is at least the leader's; null when their
 * paces never bring it level (equal paces, or the leader is as fast or faster). Beyond MAX_RACE_DAYS the
 * day is approximate (possibly Infinity for a vanishingly small closing speed).
 */
export function daysToDrawLevel(chaser: { value: number; pace: number }, leader: { value: number; pace: number }): number | null {
  const reached = (d: number) => projectedValue(chaser.value, chaser.pace, d) >= projectedValue(leader.value, leader.pace, d);
  if (reached(0)) return 0;
  const closing = chaser.pace - leader.pace;
  if (!(closing > 0)) return null;
  let d = Math.max(1, Math.ceil((leader.value - chaser.value) / closing));
  // Beyond the horizon the exact day does not matter (and d + 1 may not even be a different number).
  if (d > MAX_RACE_DAYS) return d;
  // The division is exact to within floating-point dust; settle on the day the projections themselves agree on.
  while (!reached(d)) d++;
  while (d > 1 && reached(d - 1)) d--;
  return d;
}

export type PassOutcome =
  /** Draws level on `date`, on or before the deadline. */
  | 'passes'
  /** Paces converge, but only after the deadline (`date` is null beyond MAX_RACE_DAYS). */
  | 'after-deadline'
  /** The chaser is not faster: at current paces it never draws level. */
  | 'never'
  /** One of the two paces is unknown. */
  | 'unknown';

export interface Pursuit<T extends Contender> {
  /** The other region: the one chased (above, leader) or chasing (below). */
  other: Standing<T>;
  /** How far the region ahead is in front, in the value's unit (workers, or a ratio for percentages). */
  gap: number;
  /** Chaser pace minus pace of the region ahead, per day; positive when the gap is closing. */
  closingPerDay: number | null;
  outcome: PassOutcome;
  /** Days from the data date until the chaser draws level; null when never, unknown or beyond the horizon. */
  days: number | null;
  date: string | null;
}

export interface Race<T extends Contender> {
  asOf: string;
  /** The deadline the outcomes are judged against; null means no deadline (only MAX_RACE_DAYS). */
  deadline: string | null;
  standings: Standing<T>[];
  self: Standing<T>;
  /** Other regions with the same value, and so the same rank. */
  tiedWith: Standing<T>[];
  /** The nearest region ranked strictly better; the chosen region chases it. */
  above: Pursuit<T> | null;
  /** The nearest region ranked strictly worse; it chases the chosen region. */
  below: Pursuit<T> | null;
  /** First place (the first of a tie for first); null when the chosen region is first. */
  leader: Pursuit<T> | null;
}

function pursuit<T extends Contender>(
  chaser: Standing<T>,
  ahead: Standing<T>,
  other: Standing<T>,
  asOf: string,
  deadline: string | null,
): Pursuit<T> {
  const gap = ahead.value - chaser.value;
  if (chaser.pace === null || ahead.pace === null) {
    return { other, gap, closingPerDay: null, outcome: 'unknown', days: null, date: null };
  }
  const closingPerDay = chaser.pace - ahead.pace;
  const days = daysToDrawLevel({ value: chaser.value, pace: chaser.pace }, { value: ahead.value, pace: ahead.pace });
  if (days === null) return { other, gap, closingPerDay, outcome: 'never', days: null, date: null };
  if (days > MAX_RACE_DAYS) return { other, gap, closingPerDay, outcome: 'after-deadline', days: null, date: null };
  const date = addDays(asOf, days);
  const outcome = deadline === null || date <= deadline ? 'passes' : 'after-deadline';
  return { other, gap, closingPerDay, outcome, days, date };
}

/**
 * The chosen region's race: its standing, the gap to the region above and to first place with the day it
 * draws level at current paces, and its margin over the region below with the day that one would catch up.
 * Null when the chosen region is not among the entries.
 */
export function analyseRace<T extends Contender>(input: {
  entries: readonly T[];
  code: string;
  asOf: string;
  deadline: string | null;
}): Race<T> | null {
  const standings = rankStandings(input.entries);
  const index = standings.findIndex((s) => s.code === input.code);
  if (index < 0) return null;
  const self = standings[index]!;
  const { asOf, deadline } = input;

  const tiedWith = standings.filter((s) => s.rank === self.rank && s.code !== self.code);
  const aboveRow = standings.filter((s) => s.rank < self.rank).at(-1);
  const belowRow = standings.find((s) => s.rank > self.rank);
  const leaderRow = self.rank > 1 ? standings[0] : undefined;

  return {
    asOf,
    deadline,
    standings,
    self,
    tiedWith,
    above: aboveRow ? pursuit(self, aboveRow, aboveRow, asOf, deadline) : null,
    below: belowRow ? pursuit(belowRow, self, belowRow, asOf, deadline) : null,
    leader: leaderRow ? pursuit(self, leaderRow, leaderRow, asOf, deadline) : null,
  };
}
