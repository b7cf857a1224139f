import type { UnitRow } from '../../../../contract/breakdowns';
import type { TimeseriesPoint } from '../../../../contract/timeseries';
import { daysBetween } from '../../../../contract/dates';
import { computeMilestones, type Milestones } from '@/lib/analytics/milestones';
import { comparePace, neededRate, type NeededRate, type PaceVerdict } from '@/lib/analytics/needed-rate';
import { paceFromCounts, type PaceRates } from '@/lib/analytics/pace';
import { projectRange, type ProjectionRange } from '@/lib/analytics/projection';

/**
 * One unit's or one kecamatan's standing against its own target, from the numbers its breakdown row
 * carries (the same numbers the overview table shows) and the campaign's dates. Pure.
 */

/** What unit and kecamatan rows share (contract breakdowns.ts Progress). */
export type ProgressFields = Pick<
  UnitRow,
  | 'asnCount'
  | 'target'
  | 'registered'
  | 'active'
  | 'progress'
  | 'lastRegistration'
  | 'newLast7Days'
  | 'newLast14Days'
  | 'newLast28Days'
  | 'expiringNext30Days'
>;

export interface CampaignDates {
  launchDate: string;
  deadline: string;
  /** The date the data speaks for. */
  asOfDate: string;
}

/** Quiet this many days with the target still short: the unit needs attention. */
export const QUIET_DAYS = 14;

export interface ScopeProgress {
  target: number;
  registered: number;
  active: number;
  /** registered / target, not clipped (1.31 is 131%); 0 when the target is 0. */
  progress: number;
  /** Workers still short of the target (0 once reached). */
  remaining: number;
  /** Workers over the target (0 until reached). */
  exceeded: number;
  pace: PaceRates;
  needed: NeededRate;
  /** The 28-day pace against the rate needed. */
  verdict: PaceVerdict;
  projection: ProjectionRange;
  milestones: Milestones;
  expiringNext30Days: number;
  lastRegistration: string | null;
  /** Days since the newest registration; null when there has been none. */
  daysSinceLast: number | null;
  /** No new registration in the last 14 days and the target still short. */
  quiet: boolean;
}

export function buildScopeProgress(
  row: ProgressFields,
  dates: CampaignDates,
  /** The cumulative series, when there is one, to date the milestones and the moment the target fell. */
  series: readonly Pick<TimeseriesPoint, 'date' | 'cumulative'>[] = [],
): ScopeProgress {
  const { target, registered } = row;
  const pace = paceFromCounts({ ...row, launchDate: dates.launchDate, asOfDate: dates.asOfDate });
  const needed = neededRate({ current: registered, target, asOfDate: dates.asOfDate, deadline: dates.deadline });
  return {
    target,
    registered,
    active: row.active,
    progress: row.progress,
    remaining: Math.max(0, target - registered),
    exceeded: Math.max(0, registered - target),
    pace,
    needed,
    verdict: comparePace(needed, pace.last28.perWeek),
    projection: projectRange({ current: registered, target, asOfDate: dates.asOfDate, rates: pace, deadline: dates.deadline, series }),
    milestones: computeMilestones(target, series, registered),
    expiringNext30Days: row.expiringNext30Days,
    lastRegistration: row.lastRegistration,
    daysSinceLast: row.lastRegistration === null ? null : Math.max(0, daysBetween(row.lastRegistration, dates.asOfDate)),
    quiet: registered < target && row.newLast14Days === 0,
  };
}
