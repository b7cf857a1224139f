import { compareNames } from '@/lib/compare-names';
import type { UnitRow } from '../../../../contract/breakdowns';
import type { UnitKindFilter } from '@/lib/url-state/params';
import { buildScopeProgress, type CampaignDates, type ScopeProgress } from './scope-progress-model';

/**
 * The units' leaderboard by % of their own target, its badges, and the "needs attention" list. Pure: every
 * number comes from the units breakdown and the campaign's dates.
 */

export type Badge =
  /** At or over its own target. */
  | { kind: 'reached' }
  /** The highest of 25 / 50 / 75% reached, below 100%. */
  | { kind: 'milestone'; percent: 25 | 50 | 75 }
  /** The largest rise in % of own target over the last 28 days (one unit, if any rose at all). */
  | { kind: 'fastest' };

export interface LeaderboardEntry {
  row: UnitRow;
  /** 1 for the best; equal progress shares a rank (1, 2, 2, 4). */
  rank: number;
  stats: ScopeProgress;
  /** Rise in % of own target over the last 28 days: newLast28Days / target (0.12 = 12 points). */
  gain28: number;
  badges: Badge[];
}


/** Best first: progress, then more workers, then the name, so the order never depends on the input's. */
export function compareEntries(a: Pick<UnitRow, 'progress' | 'registered' | 'name' | 'id'>, b: typeof a): number {
  return b.progress - a.progress || b.registered - a.registered || compareNames(a.name, b.name) || a.id - b.id;
}

function milestoneBadge(stats: ScopeProgress): Badge | null {
  const last = stats.milestones.last;
  if (!last || stats.target === 0) return null;
  if (last.percent >= 100) return { kind: 'reached' };
  return { kind: 'milestone', percent: last.percent as 25 | 50 | 75 };
}

export function buildLeaderboard(rows: readonly UnitRow[], dates: CampaignDates): LeaderboardEntry[] {
  const sorted = [...rows].sort(compareEntries);
  const entries: LeaderboardEntry[] = sorted.map((row) => {
    const stats = buildScopeProgress(row, dates);
    const badge = milestoneBadge(stats);
    return {
      row,
      rank: 1 + sorted.filter((other) => other.progress > row.progress).length,
      stats,
      gain28: row.target > 0 ? row.newLast28Days / row.target : 0,
      badges: badge ? [badge] : [],
    };
  });

  const fastest = fastestRiser(entries);
  if (fastest) fastest.badges.push({ kind: 'fastest' });
  return entries;
}

/** The unit whose share of its own target rose most in 28 days; ties go to more workers, then the name. */
export function fastestRiser<E extends Pick<LeaderboardEntry, 'row' | 'gain28'>>(entries: readonly E[]): E | null {
  let best: E | null = null;
  for (const entry of entries) {
    if (entry.gain28 <= 0) continue;
    if (
      best === null ||
      entry.gain28 > best.gain28 ||
      (entry.gain28 === best.gain28 &&
        (entry.row.newLast28Days > best.row.newLast28Days ||
          (entry.row.newLast28Days === best.row.newLast28Days && compareNames(entry.row.name, best.row.name) < 0)))
    ) {
      best = entry;
    }
  }
  return best;
}

export type AttentionReason =
  /** Nothing new in the last 14 days; `since` is the newest registration (null: never one). */
  | { kind: 'quiet'; since: string | null; days: number | null }
  /** Registering, but slower than the rate its gap needs by the deadline. */
  | { kind: 'behind'; windowDays: number; registered: number; neededInWindow: number; neededPerWeek: number }
  /** The deadline has passed with the target short. */
  | { kind: 'overdue'; remaining: number };

export interface AttentionItem {
  entry: LeaderboardEntry;
  reason: AttentionReason;
}

const severity: Record<AttentionReason['kind'], number> = { overdue: 0, quiet: 1, behind: 2 };

/**
 * Units short of their own target that are quiet (no new registration in 14 days), below the pace their gap
 * needs, or past the deadline: one reason each, the most serious. Quiet units come first, then the slow
 * ones; within each, the largest gap first.
 */
export function needsAttention(entries: readonly LeaderboardEntry[]): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const entry of entries) {
    const { stats } = entry;
    if (stats.target === 0 || stats.remaining === 0) continue;
    if (stats.needed.status === 'overdue') {
      items.push({ entry, reason: { kind: 'overdue', remaining: stats.remaining } });
    } else if (stats.quiet) {
      items.push({ entry, reason: { kind: 'quiet', since: stats.lastRegistration, days: stats.daysSinceLast } });
    } else if (stats.verdict.status === 'behind' && stats.needed.status === 'needed') {
      items.push({
        entry,
        reason: {
          kind: 'behind',
          // Like with like: what came in over the last 28 days (fewer in a young campaign) against what the
          // same days should have brought at the needed rate.
          windowDays: stats.pace.last28.days,
          registered: stats.pace.last28.registered,
          neededInWindow: Math.ceil(stats.needed.perDay * stats.pace.last28.days - 1e-9),
          neededPerWeek: stats.needed.perWeekWhole,
        },
      });
    }
  }
  return items.sort(
    (a, b) =>
      severity[a.reason.kind] - severity[b.reason.kind] ||
      b.entry.stats.remaining - a.entry.stats.remaining ||
      compareNames(a.entry.row.name, b.entry.row.name) ||
      a.entry.row.id - b.entry.row.id,
  );
}

export function filterByKind<E extends { row: Pick<UnitRow, 'kind'> }>(items: readonly E[], kind: UnitKindFilter): E[] {
  return kind === 'all' ? [...items] : items.filter((item) => item.row.kind === kind);
}
