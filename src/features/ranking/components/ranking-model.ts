import type { Ranking, RankingHistory, RankingMetric, RankingRow } from '../../../../contract/ranking';

/** The campaign region's place in the provincial ranking, and how far it is from each region above. */

export interface RegionGap {
  row: RankingRow;
  /** Workers the campaign region must add to equal this region on the ranked measure. */
  workers: number;
}

export interface RankingModel {
  metric: RankingMetric;
  rows: RankingRow[];
  total: number;
  campaign: RankingRow | null;
  /** Regions ranked above the campaign region, nearest first. */
  above: RegionGap[];
  /** The region right below, and the campaign region's lead over it in workers. */
  nextBelow: RegionGap | null;
}

export function rankedValue(row: RankingRow, metric: RankingMetric): number {
  return metric === 'count' ? row.registered : row.coverage;
}

/**
 * Workers `from` needs to reach `to`'s value. For the percentage it is the registrations that would
 * give `from` the same coverage of its own civil servants.
 */
export function workersToMatch(from: RankingRow, to: RankingRow, metric: RankingMetric): number {
  const needed = metric === 'count' ? to.registered : Math.ceil(to.coverage * from.asnCount - 1e-9);
  return Math.max(0, needed - from.registered);
}

export function buildRankingModel(ranking: Ranking): RankingModel {
  const rows = [...ranking.rows].sort((a, b) => a.rank - b.rank);
  const campaign = rows.find((r) => r.isCampaignRegion) ?? null;
  if (!campaign) return { metric: ranking.metric, rows, total: rows.length, campaign, above: [], nextBelow: null };

  const above = rows
    .filter((r) => r.rank < campaign.rank)
    .reverse()
    .map((row) => ({ row, workers: workersToMatch(campaign, row, ranking.metric) }));
  const below = rows.find((r) => r.rank > campaign.rank);
  const nextBelow = below
    ? { row: below, workers: Math.max(0, campaign.registered - (ranking.metric === 'count' ? below.registered : Math.ceil(below.coverage * campaign.asnCount - 1e-9))) }
    : null;
  return { metric: ranking.metric, rows, total: rows.length, campaign, above, nextBelow };
}

/** Rows for the bar chart: the top `limit` plus the campaign region when it ranks lower. */
export function chartRows(model: RankingModel, limit: number): RankingRow[] {
  const top = model.rows.slice(0, limit);
  if (model.campaign && !top.includes(model.campaign)) top.push(model.campaign);
  return top;
}

export interface RankPoint {
  date: string;
  rank: number;
  value: number;
}

/** The campaign region's rank per date; empty when it is not in the history. */
export function campaignRankHistory(history: RankingHistory): RankPoint[] {
  const series = history.series.find((s) => s.isCampaignRegion);
  if (!series) return [];
  return history.dates.flatMap((date, i) => {
    const rank = series.ranks[i];
    const value = series.values[i];
    return rank === undefined || value === undefined ? [] : [{ date, rank, value }];
  });
}
