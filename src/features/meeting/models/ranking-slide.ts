import type { Ranking, RankingHistory, RankingRow } from '../../../../contract/ranking';
import { buildRaceModel } from '@/features/ranking/components/race-model';
import { workersToMatch } from '@/features/ranking/components/ranking-model';
import type { PassOutcome } from '@/lib/analytics/rank-gap';

/**
 * The ranking slide: the top of Central Java with the campaign region among them, and its gap to first
 * place in workers with the day it draws level at current paces (src/lib/analytics/rank-gap, through the
 * race model the /peringkat page uses). By count of workers, as the campaign's target is.
 */

export const RANKING_TOP = 5;

export interface LeaderGap {
  row: RankingRow;
  workers: number;
  outcome: PassOutcome;
  /** When the campaign region draws level at current paces; null unless the outcome is 'passes' or a dated 'after-deadline'. */
  date: string | null;
}

export interface RankingSlideModel {
  provinceName: string;
  total: number;
  campaign: RankingRow;
  /** The top regions, and the campaign region after them when it ranks lower. */
  rows: RankingRow[];
  /** Null when the campaign region is first. */
  leader: LeaderGap | null;
  maxRegistered: number;
}

export function buildRankingSlide(ranking: Ranking, history: RankingHistory | undefined, deadline: string | null, top = RANKING_TOP): RankingSlideModel | null {
  const race = buildRaceModel(ranking, history, deadline);
  if (!race) return null;
  const campaign = race.race.self.row;
  const sorted = race.race.standings.map((s) => s.row);
  const rows = sorted.slice(0, top);
  if (!rows.includes(campaign)) rows.push(campaign);
  const pursuit = race.race.leader;
  const leader = pursuit
    ? { row: pursuit.other.row, workers: workersToMatch(campaign, pursuit.other.row, ranking.metric), outcome: pursuit.outcome, date: pursuit.date }
    : null;
  return {
    provinceName: ranking.provinceName,
    total: race.total,
    campaign,
    rows,
    leader,
    maxRegistered: Math.max(1, ...rows.map((r) => r.registered)),
  };
}
