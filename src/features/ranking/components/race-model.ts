import type { Ranking, RankingHistory, RankingMetric, RankingRow } from '../../../../contract/ranking';
import { analyseRace, recentPace, type Contender, type Pursuit, type Race, type RegionPace } from '@/lib/analytics/rank-gap';
import { rankedValue, workersToMatch } from './ranking-model';

/**
 * The campaign region's race, from today's ranking (the values, the same numbers as the ranking table)
 * and the ranking history (each region's recent pace). No DOM; the race panel only words it.
 */

export interface RaceEntry extends Contender {
  row: RankingRow;
  paceWindow: RegionPace | null;
}

export interface RaceGap {
  pursuit: Pursuit<RaceEntry>;
  /** Workers the chaser must add to draw level (for percentages: with its own civil servants). */
  workers: number;
}

export interface RaceModel {
  metric: RankingMetric;
  race: Race<RaceEntry>;
  total: number;
  /** The campaign region's own pace window; every region's pace runs over the same history dates. */
  paceWindow: RegionPace | null;
  above: RaceGap | null;
  below: RaceGap | null;
  /** First place, when it is not also the region right above. */
  leader: RaceGap | null;
}

/** Per-day paces of every region in the history, by code. */
export function historyPaces(history: RankingHistory): Map<string, RegionPace | null> {
  return new Map(history.series.map((s) => [s.code, recentPace(history.dates, s.values)]));
}

/**
 * Null when there is nothing to race: no campaign region, or no date. A history for another metric
 * (still on screen while the new one loads) is ignored rather than mixed in.
 */
export function buildRaceModel(ranking: Ranking, history: RankingHistory | undefined, deadline: string | null): RaceModel | null {
  const campaign = ranking.rows.find((r) => r.isCampaignRegion);
  const asOf = ranking.asOfDate ?? history?.dates.at(-1) ?? null;
  if (!campaign || asOf === null) return null;
  const paces = history && history.metric === ranking.metric ? historyPaces(history) : new Map<string, RegionPace | null>();

  const entries: RaceEntry[] = ranking.rows.map((row) => {
    const paceWindow = paces.get(row.code) ?? null;
    return { code: row.code, value: rankedValue(row, ranking.metric), pace: paceWindow?.perDay ?? null, row, paceWindow };
  });
  const race = analyseRace({ entries, code: campaign.code, asOf, deadline });
  if (!race) return null;

  const metric = ranking.metric;
  const self = race.self.row;
  const above = race.above ? { pursuit: race.above, workers: workersToMatch(self, race.above.other.row, metric) } : null;
  const below = race.below ? { pursuit: race.below, workers: workersToMatch(race.below.other.row, self, metric) } : null;
  const leader =
    race.leader && race.leader.other.code !== race.above?.other.code
      ? { pursuit: race.leader, workers: workersToMatch(self, race.leader.other.row, metric) }
      : null;
  return { metric, race, total: race.standings.length, paceWindow: race.self.paceWindow, above, below, leader };
}
