import { daysBetween } from '../../../contract/dates';

/**
 * The rate still needed to reach a target by the deadline, and whether the current pace is enough. Pure;
 * dates are contract `YYYY-MM-DD` strings. The data speaks for the end of asOfDate and registrations on the
 * deadline itself still count, so the days left are deadline - asOfDate (1 on the day before the deadline).
 */

export type NeededRate =
  | { status: 'reached'; remaining: 0; daysLeft: number; weeksLeft: number }
  /** The deadline has passed (or is today with the day's data in) and the target is still short. */
  | { status: 'overdue'; remaining: number; daysLeft: number; weeksLeft: number }
  | {
      status: 'needed';
      remaining: number;
      daysLeft: number;
      weeksLeft: number;
      /** Exact rates: perWeek x weeksLeft = remaining. */
      perDay: number;
      perWeek: number;
      /** Whole workers per week, rounded up, so meeting it is enough: perWeekWhole x weeksLeft >= remaining. */
      perWeekWhole: number;
      perDayWhole: number;
    };

export interface NeededInput {
  current: number;
  target: number;
  asOfDate: string;
  deadline: string;
}

const EPSILON = 1e-9;

function ceilWhole(value: number): number {
  return Math.max(0, Math.ceil(value - EPSILON));
}

export function neededRate({ current, target, asOfDate, deadline }: NeededInput): NeededRate {
  const daysLeft = daysBetween(asOfDate, deadline);
  const weeksLeft = daysLeft / 7;
  const remaining = Math.max(0, target - current);
  if (remaining === 0) return { status: 'reached', remaining: 0, daysLeft, weeksLeft };
  if (daysLeft <= 0) return { status: 'overdue', remaining, daysLeft, weeksLeft };
  const perDay = remaining / daysLeft;
  const perWeek = perDay * 7;
  return { status: 'needed', remaining, daysLeft, weeksLeft, perDay, perWeek, perWeekWhole: ceilWhole(perWeek), perDayWhole: ceilWhole(perDay) };
}

export interface UnitProgress {
  registered: number;
  target: number;
}

export type UnitNeededRate<T extends UnitProgress> = { unit: T; needed: NeededRate };

/**
 * Each unit's share of the work: its own remaining gap over the weeks left ("Dinas Pendidikan perlu 120
 * pekerja/minggu"). Units at or over their own target need 0 (status 'reached'); the per-unit rates add up
 * to the sum of the gaps over the weeks left, which is at least the campaign's own need when some units are
 * over target.
 */
export function unitNeededRates<T extends UnitProgress>(units: readonly T[], asOfDate: string, deadline: string): UnitNeededRate<T>[] {
  return units.map((unit) => ({ unit, needed: neededRate({ current: unit.registered, target: unit.target, asOfDate, deadline }) }));
}

/** Workers per week a needed rate asks for: 0 when reached, the exact rate when needed, null when overdue. */
export function neededPerWeek(needed: NeededRate): number | null {
  return needed.status === 'needed' ? needed.perWeek : needed.status === 'reached' ? 0 : null;
}

export type PaceVerdict =
  | { status: 'reached' }
  | { status: 'overdue'; remaining: number }
  /** The current pace meets or beats the need; `surplusPerWeek` >= 0. */
  | { status: 'on-track'; currentPerWeek: number; neededPerWeek: number; surplusPerWeek: number; ratio: number }
  /** Below the need by `shortfallPerWeek` > 0 workers a week; ratio = current / needed (< 1). */
  | { status: 'behind'; currentPerWeek: number; neededPerWeek: number; shortfallPerWeek: number; ratio: number };

/** "On pace?": the current weekly pace (normally the 28-day rate) against the weekly rate still needed. */
export function comparePace(needed: NeededRate, currentPerWeek: number): PaceVerdict {
  if (needed.status === 'reached') return { status: 'reached' };
  if (needed.status === 'overdue') return { status: 'overdue', remaining: needed.remaining };
  const ratio = currentPerWeek / needed.perWeek;
  if (currentPerWeek >= needed.perWeek - EPSILON) {
    return { status: 'on-track', currentPerWeek, neededPerWeek: needed.perWeek, surplusPerWeek: Math.max(0, currentPerWeek - needed.perWeek), ratio };
  }
  return { status: 'behind', currentPerWeek, neededPerWeek: needed.perWeek, shortfallPerWeek: needed.perWeek - currentPerWeek, ratio };
}
