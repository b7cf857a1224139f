import type { RankingHistory } from '../../../../contract/ranking';
import { buildBumpModel, isBumpEmpty, monthStartTicks } from './bump-model';

type Series = RankingHistory['series'][number];
const s = (code: string, name: string, ranks: number[], extra: Partial<Series> = {}): Series => ({
  code, name, kind: 'kabupaten', isCampaignRegion: false, ranks, values: ranks.map((r) => 100 - r), ...extra,
});

const history: RankingHistory = {
  metric: 'count',
  dates: ['2023-11-13', '2023-11-20', '2023-11-27'],
  series: [
    s('3301', 'Cilacap', [1, 2, 4]),
    s('3310', 'Klaten', [5, 4, 3], { isCampaignRegion: true }),
    s('3322', 'Semarang', [2, 1, 1]),
    s('3327', 'Pemalang', [3, 3, 2]),
    s('3374', 'Semarang', [4, 5, 4], { kind: 'kota' }),
  ],
};

describe('buildBumpModel', () => {
  it('picks out Klaten and the two regions right above it, nearest first, and mutes the rest', () => {
    const model = buildBumpModel(history);
    expect(model.highlighted.map((l) => [l.code, l.role, l.rivalIndex])).toEqual([
      ['3310', 'campaign', null],
      ['3327', 'rival', 0],
      ['3322', 'rival', 1],
    ]);
    // Muted first (worst place first), then the rivals, Klaten drawn last, on top.
    expect(model.lines.map((l) => l.code)).toEqual(['3374', '3301', '3327', '3322', '3310']);
    expect(model.lines.at(-1)).toMatchObject({ firstRank: 5, lastRank: 3 });
  });

  it('orders the latest standing by rank, a tie by code, and places each label by that order', () => {
    const model = buildBumpModel(history);
    // Cilacap and Kota Semarang share rank 4; 3301 comes before 3374.
    expect(model.standing.map((l) => [l.code, l.lastRank, l.position])).toEqual([
      ['3322', 1, 1],
      ['3327', 2, 2],
      ['3310', 3, 3],
      ['3301', 4, 4],
      ['3374', 4, 5],
    ]);
    expect(model.maxRank).toBe(5);
  });

  it('gives one chart row per date with every region’s rank', () => {
    const model = buildBumpModel(history);
    expect(model.rows[1]).toEqual({ date: '2023-11-20', 3301: 2, 3310: 4, 3322: 1, 3327: 3, 3374: 5 });
  });

  it('makes up the rivals from below when Klaten is near the top', () => {
    const leading = {
      ...history,
      series: history.series.map((x) => (x.code === '3310' ? { ...x, ranks: [5, 2, 1] } : x.code === '3322' ? { ...x, ranks: [2, 1, 2] } : x)),
    };
    const model = buildBumpModel(leading);
    expect(model.highlighted.map((l) => l.code)).toEqual(['3310', '3322', '3327']);
  });

  it('is empty without dates or regions', () => {
    expect(isBumpEmpty({ metric: 'count', dates: [], series: [] })).toBe(true);
    expect(isBumpEmpty(history)).toBe(false);
  });
});

describe('monthStartTicks', () => {
  // Mondays from 13 Nov 2023 to 30 Dec 2024.
  const weeks = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2023, 10, 13 + 7 * i)).toISOString().slice(0, 10));

  it('ticks the first week of each month, on the finest calendar-aligned step that fits', () => {
    expect(monthStartTicks(weeks, 20)).toHaveLength(13);
    expect(monthStartTicks(weeks, 20)[0]).toBe('2023-12-04');
    // Every 3 months from January: Jan, Apr, Jul, Oct.
    expect(monthStartTicks(weeks, 5)).toEqual(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-07']);
    expect(monthStartTicks(weeks, 2)).toEqual(['2024-01-01', '2024-07-01']);
    expect(monthStartTicks(weeks, 1)).toEqual(['2024-01-01']);
  });
});
