import type { Ranking, RankingHistory, RankingRow } from '../../../../contract/ranking';
import { buildRankingModel, campaignRankHistory, chartRows, workersToMatch } from './ranking-model';

function row(code: string, name: string, rank: number, registered: number, asnCount: number, extra: Partial<RankingRow> = {}): RankingRow {
  return {
    code,
    name,
    kind: 'kabupaten',
    rank,
    asnCount,
    registered,
    active: registered,
    coverage: registered / asnCount,
    asOfDate: '2026-11-23',
    isCampaignRegion: false,
    ...extra,
  };
}

const rows: RankingRow[] = [
  row('3322', 'Semarang', 1, 9000, 9500),
  row('3327', 'Pemalang', 2, 8500, 10000),
  row('3310', 'Klaten', 3, 8074, 11000, { isCampaignRegion: true }),
  row('3374', 'Semarang', 4, 7000, 12000, { kind: 'kota' }),
  row('3301', 'Cilacap', 5, 6000, 14000),
];

describe('buildRankingModel', () => {
  it('finds the campaign region and the gap in workers to each region above, nearest first', () => {
    const model = buildRankingModel({ metric: 'count', asOfDate: '2026-11-23', provinceName: 'Jawa Tengah', rows });
    expect(model.campaign?.code).toBe('3310');
    expect(model.total).toBe(5);
    expect(model.above.map((g) => [g.row.code, g.workers])).toEqual([
      ['3327', 8500 - 8074],
      ['3322', 9000 - 8074],
    ]);
    expect(model.nextBelow).toMatchObject({ workers: 8074 - 7000 });
    expect(model.nextBelow?.row.kind).toBe('kota');
  });

  it('turns a coverage gap into the workers needed to equal it', () => {
    const klaten = rows[2]!;
    const semarang = rows[0]!;
    // 9000/9500 of Klaten's 11 000 civil servants is 10 421.05…, so 10 422 workers.
    expect(workersToMatch(klaten, semarang, 'percent')).toBe(10422 - 8074);
    expect(workersToMatch(semarang, klaten, 'percent')).toBe(0);
  });

  it('sorts by rank and copes with a missing campaign region', () => {
    const shuffled = [rows[3]!, rows[0]!, rows[4]!];
    const model = buildRankingModel({ metric: 'count', asOfDate: null, provinceName: 'Jawa Tengah', rows: shuffled });
    expect(model.rows.map((r) => r.rank)).toEqual([1, 4, 5]);
    expect(model.campaign).toBeNull();
    expect(model.above).toEqual([]);
  });

  it('charts the top rows plus the campaign region', () => {
    const model = buildRankingModel({ metric: 'count', asOfDate: null, provinceName: 'Jawa Tengah', rows });
    expect(chartRows(model, 2).map((r) => r.code)).toEqual(['3322', '3327', '3310']);
    expect(chartRows(model, 4).map((r) => r.code)).toEqual(['3322', '3327', '3310', '3374']);
  });
});

describe('campaignRankHistory', () => {
  it('pairs each date with the campaign region rank', () => {
    const history: RankingHistory = {
      metric: 'count',
      dates: ['2023-11-13', '2023-11-20'],
      series: [
        { code: '3322', name: 'Semarang', kind: 'kabupaten', isCampaignRegion: false, ranks: [1, 1], values: [10, 20] },
        { code: '3310', name: 'Klaten', kind: 'kabupaten', isCampaignRegion: true, ranks: [9, 3], values: [4, 15] },
      ],
    };
    expect(campaignRankHistory(history)).toEqual([
      { date: '2023-11-13', rank: 9, value: 4 },
      { date: '2023-11-20', rank: 3, value: 15 },
    ]);
  });
});
