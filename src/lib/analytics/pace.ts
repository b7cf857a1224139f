import type { TimeseriesPoint } from '../../../contract/timeseries';
import { addDays, daysBetween } from '../../../contract/dates';

/**
 * Registration rates over three windows ending on the data date: the last 7 days, the last 28 days and
 * the whole campaign. Pure; dates are contract `YYYY-MM-DD` strings.
 *
 * A window of N days ending on asOfDate covers asOfDate - N + 1 .. asOfDate, both included. When the campaign
 * is younger than the window, the window starts at launch instead, `days` says how many days it really
 * covers and `partial` is true: the rate is never diluted by days before the campaign existed.
 */

export type PaceWindowId = 'last7' | 'last28' | 'sinceLaunch';

export const PACE_WINDOWS = ['last7', 'last28', 'sinceLaunch'] as const satisfies readonly PaceWindowId[];

/** Length of the fixed windows in days; sinceLaunch has none. */
export const WINDOW_DAYS = { last7: 7, last28: 28 } as const;

export interface PaceRate {
  window: PaceWindowId;
  /** First and last day the rate covers (from > to when no day is covered yet). */
  from: string;
  to: string;
  /** Days actually covered: the window length, or fewer when the campaign is younger. */
  days: number;
  /** The window's nominal length (7, 28), or null for sinceLaunch. */
  nominalDays: number | null;
  /** True when the campaign is younger than the window, so it covers fewer days than its name says. */
  partial: boolean;
  /** New workers registered in the window. */
  registered: number;
  perDay: number;
  perWeek: number;
}

export type PaceRates = Record<PaceWindowId, PaceRate>;

export interface PaceInput {
  /** Daily series of new registrations (contract TimeseriesPoint, interval day); missing days count as 0. */
  points: readonly Pick<TimeseriesPoint, 'date' | 'new'>[];
  /** The date the data speaks for: the last day of every window. */
  asOfDate: string;
  /** First day of the campaign; defaults to the first point's date (or asOfDate without points). */
  launchDate?: string;
}

function makeRate(window: PaceWindowId, from: string, to: string, nominalDays: number | null, registered: number): PaceRate {
  const days = Math.max(0, daysBetween(from, to) + 1);
  const perDay = days > 0 ? registered / days : 0;
  return { window, from, to, days, nominalDays, partial: nominalDays !== null && days < nominalDays, registered, perDay, perWeek: perDay * 7 };
}

function sumNew(points: PaceInput['points'], from: string, to: string): number {
  let registered = 0;
  for (const p of points) if (p.date >= from && p.date <= to) registered += p.new;
  return registered;
}

function windowStart(asOfDate: string, launchDate: string, nominalDays: number): string {
  const start = addDays(asOfDate, -(nominalDays - 1));
  return start < launchDate ? launchDate : start;
}

/** Rates over the last 7 days, the last 28 days and since launch, each ending on asOfDate. */
export function computePace({ points, asOfDate, launchDate }: PaceInput): PaceRates {
  const launch = launchDate ?? points[0]?.date ?? asOfDate;
  const rate = (window: PaceWindowId, from: string, nominalDays: number | null) =>
    makeRate(window, from, asOfDate, nominalDays, sumNew(points, from, asOfDate));
  return {
    last7: rate('last7', windowStart(asOfDate, launch, 7), 7),
    last28: rate('last28', windowStart(asOfDate, launch, 28), 28),
    sinceLaunch: rate('sinceLaunch', launch, null),
  };
}

/**
 * The same three rates from counts already summed by the server (a unit row's newLast7Days, newLast28Days
 * and registered), so a unit's pace needs no time series.
 */
export function paceFromCounts(input: {
  newLast7Days: number;
  newLast28Days: number;
  registered: number;
  launchDate: string;
  asOfDate: string;
}): PaceRates {
  const { launchDate, asOfDate } = input;
  return {
    last7: makeRate('last7', windowStart(asOfDate, launchDate, 7), asOfDate, 7, input.newLast7Days),
    last28: makeRate('last28', windowStart(asOfDate, launchDate, 28), asOfDate, 28, input.newLast28Days),
    sinceLaunch: makeRate('sinceLaunch', launchDate, asOfDate, null, input.registered),
  };
}
