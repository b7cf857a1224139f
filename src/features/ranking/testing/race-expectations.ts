import type { RankingMetric, RankingRow } from '../../../../contract/ranking';
import { demoApi } from '../../../../mocks/node';
import { analyseRace, recentPace } from '@/lib/analytics/rank-gap';

/**
 * For component tests only: what the race panel must say about the mock data, worked out with the pure
 * rank-gap functions (tested on their own) and written out in Indonesian by hand, not by the code under test.
 */

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "2027-02-01" → "1 Feb 2027". */
export const dateId = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
};
/** 11000 → "11.000" (rounded to whole). */
export const thousandsId = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 0.0123 → "1,2" (percentage points, one decimal). */
export const pointsId = (ratio: number) => (Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',');
export const kindId = (r: Pick<RankingRow, 'kind' | 'name'>) => `${r.kind === 'kota' ? 'Kota' : 'Kab.'} ${r.name}`;

export function expectedRace(metric: RankingMetric, options: { deadline?: string; history?: ReturnType<typeof demoApi.rankingHistory> } = {}) {
  const ranking = demoApi.ranking(metric);
  const history = options.history ?? demoApi.rankingHistory(metric);
  const deadline = options.deadline ?? demoApi.summary().deadline;
  const entries = ranking.rows.map((row) => {
    const series = history.series.find((s) => s.code === row.code)!;
    const pace = recentPace(history.dates, series.values);
    return { code: row.code, value: metric === 'count' ? row.registered : row.coverage, pace: pace?.perDay ?? null, row, window: pace };
  });
  const campaign = ranking.rows.find((r) => r.isCampaignRegion)!;
  const race = analyseRace({ entries, code: campaign.code, asOf: ranking.asOfDate!, deadline })!;
  return { ranking, history, deadline, race, campaign };
}
