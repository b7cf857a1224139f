import type { Ranking, RankingHistory, RankingRow } from '../../../../contract/ranking';
import { buildRaceModel } from './race-model';

function row(code: string, name: string, registered: number, asnCount: number, extra: Partial<RankingRow> = {}): RankingRow {
  return {
    code, name, kind: 'kabupaten', rank: 1, asnCount, registered, active: registered, coverage: registered / asnCount,
    asOfDate: '2026-11-23', isCampaignRegion: false, ...extra,
  };
}

// Semarang 1 a day, Pemalang standing still, Klaten 10 a day, Wonogiri half a day; 28 days of weekly history.
const rows = [
  row('3322', 'Semarang', 9600, 10000, { rank: 1 }),
  row('3327', 'Pemalang', 8700, 10000, { rank: 2 }),
  row('3310', 'Klaten', 8000, 11000, { rank: 3, isCampaignRegion: true }),
  row('3312', 'Wonogiri', 6900, 9000, { rank: 4 }),
];
const ranking: Ranking = { metric: 'count', asOfDate: '2026-11-23', provinceName: 'Jawa Tengah', rows };
const history: RankingHistory = {
  metric: 'count',
  dates: ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'],
  series: [
    { code: '3322', name: 'Semarang', kind: 'kabupaten', isCampaignRegion: false, ranks: [1, 1, 1, 1, 1], values: [9572, 9579, 9586, 9593, 9600] },
    { code: '3327', name: 'Pemalang', kind: 'kabupaten', isCampaignRegion: false, ranks: [2, 2, 2, 2, 2], values: [8700, 8700, 8700, 8700, 8700] },
    { code: '3310', name: 'Klaten', kind: 'kabupaten', isCampaignRegion: true, ranks: [3, 3, 3, 3, 3], values: [7720, 7790, 7860, 7930, 8000] },
    { code: '3312', name: 'Wonogiri', kind: 'kabupaten', isCampaignRegion: false, ranks: [4, 4, 4, 4, 4], values: [6886, 6889, 6893, 6896, 6900] },
  ],
};

describe('buildRaceModel', () => {
  it('races Klaten against the region above, first place and the region below, in workers and days', () => {
    const model = buildRaceModel(ranking, history, '2027-12-31')!;
    expect(model.total).toBe(4);
    expect(model.race.self.rank).toBe(3);
    expect(model.paceWindow).toMatchObject({ perDay: 10, days: 28, full: true });
    // 700 / 10 a day: 70 days, 1 Feb 2027.
    expect(model.above).toMatchObject({ workers: 700, pursuit: { outcome: 'passes', days: 70, date: '2027-02-01' } });
    expect(model.above?.pursuit.other.code).toBe('3327');
    // 1.600 / (10 - 1) a day = 177,8: day 178, 20 May 2027.
    expect(model.leader).toMatchObject({ workers: 1600, pursuit: { outcome: 'passes', days: 178, date: '2027-05-20' } });
    // Wonogiri needs 1.100 workers and gains half a day against Klaten's ten: never.
    expect(model.below).toMatchObject({ workers: 1100, pursuit: { outcome: 'never', days: null } });
  });

  it('counts the workers to match a share with the chaser’s own civil servants', () => {
    const byShare: Ranking = { ...ranking, metric: 'percent' };
    const model = buildRaceModel(byShare, { ...history, metric: 'percent', series: [] }, null)!;
    // By share Wonogiri (6.900 / 9.000 = 76,7%) is ahead of Klaten (8.000 / 11.000 = 72,7%).
    expect(model.race.standings.map((s) => s.code)).toEqual(['3322', '3327', '3312', '3310']);
    // 6.900 / 9.000 × 11.000 = 8.433,3: Klaten needs 8.434, so 434 more.
    expect(model.above?.pursuit.other.code).toBe('3312');
    expect(model.above?.workers).toBe(434);
    // Semarang 96%: 0,96 × 11.000 = 10.560, 2.560 more.
    expect(model.leader?.workers).toBe(2560);
    expect(model.below).toBeNull();
  });

  it('ignores a history of the other metric (still on screen while the new one loads)', () => {
    const model = buildRaceModel(ranking, { ...history, metric: 'percent' }, '2027-12-31')!;
    expect(model.above?.pursuit.outcome).toBe('unknown');
    expect(model.paceWindow).toBeNull();
  });

  it('folds first place into the region above when they are the same, and is empty without Klaten', () => {
    const second = { ...ranking, rows: rows.filter((r) => r.code !== '3327') };
    const model = buildRaceModel(second, history, '2027-12-31')!;
    expect(model.above?.pursuit.other.code).toBe('3322');
    expect(model.leader).toBeNull();
    expect(buildRaceModel({ ...ranking, rows: rows.filter((r) => !r.isCampaignRegion) }, history, null)).toBeNull();
  });
});
