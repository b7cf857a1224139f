import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankingMetric } from '../../../contract/ranking';
import { clearData, openTestDb, testDrivers } from '../../../tests/support/test-db';
import { fromDemo, loadDataset } from '../../../tests/support/load-dataset';
import type { Db } from '../../db/client';
import { generateDemoCampaign } from '../../demo/generate';
import { KLATEN_CODE } from '../../domain/geography';
import { queryRankingHistory } from './ranking.queries';

/**
 * The history reads everything in one statement as JSON and builds the weekly grid in memory (issue 7: ~5,400 recap
 * rows cost ~40 ms on PGlite as rows). Here each of its dates is checked against the ranking at that date counted
 * row by row in SQL, so a change to how the facts are read cannot change the answer, its order or its numbers.
 */
const FIGURES_AT = `
  with f as (
    select r.code,
           case when r.code = c.region_code then c.asn_count
                else coalesce((select x.asn_count from region_recaps x where x.region_code = r.code and x.as_of <= $1::date
                                order by x.as_of desc limit 1), 0) end as asn,
           case when r.code = c.region_code then (select count(*)::int from worker_firsts where registered_on <= $1::date)
                else coalesce((select x.registered from region_recaps x where x.region_code = r.code and x.as_of <= $1::date
                                order by x.as_of desc limit 1), 0) end as registered
      from regions r cross join campaign c
     where r.code like '33%'
  )
  select code, registered, case when asn > 0 then registered::float8 / asn else 0 end as coverage,
         (rank() over (order by registered desc))::int as rank_count,
         (rank() over (order by case when asn > 0 then registered::float8 / asn else 0 end desc))::int as rank_percent
    from f`;

async function expectEachDateToMatch(db: Db, metric: RankingMetric) {
  const history = await queryRankingHistory(db, metric);
  expect(history.dates.length).toBeGreaterThan(1);
  // Regions in code order (byte order, as `collate "C"`), the same order as the answer has always had.
  const codes = history.series.map((s) => s.code);
  expect(codes).toEqual([...codes].sort());
  expect(history.series.filter((s) => s.isCampaignRegion).map((s) => s.code)).toEqual([KLATEN_CODE]);
  for (const [i, date] of history.dates.entries()) {
    const rows = await db.query<{ code: string; registered: number; coverage: number; rank_count: number; rank_percent: number }>(FIGURES_AT, [date]);
    const expected = new Map(rows.map((r) => [r.code, r]));
    for (const s of history.series) {
      const e = expected.get(s.code)!;
      expect([date, s.code, s.values[i], s.ranks[i]]).toEqual([
        date, s.code, metric === 'count' ? e.registered : e.coverage, metric === 'count' ? e.rank_count : e.rank_percent,
      ]);
    }
  }
}

describe.each(testDrivers)('ranking history on %s', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('equals the ranking counted row by row at each of its dates, for both metrics', async () => {
    await clearData(db);
    const demo = generateDemoCampaign({ today: '2026-11-23', records: 3000 });
    const data = fromDemo(demo);
    // Sparse and awkward recaps too: a region with none until late, one with no ASN (coverage 0), and a recap for
    // the campaign's own region, which its records override.
    const late = data.recaps.find((r) => r.regionCode !== KLATEN_CODE)!.regionCode;
    const noAsn = data.recaps.find((r) => r.regionCode !== KLATEN_CODE && r.regionCode !== late)!.regionCode;
    data.recaps = [
      ...data.recaps
        .filter((r) => r.regionCode !== late || r.asOf >= '2026-01-01')
        .map((r) => (r.regionCode === noAsn ? { ...r, asnCount: 0 } : r)),
      { regionCode: KLATEN_CODE, asOf: '2025-03-03', asnCount: 1, registered: 999_999, active: 0 },
    ];
    await loadDataset(db, data);
    await expectEachDateToMatch(db, 'count');
    await expectEachDateToMatch(db, 'percent');
  }, 120_000);

  it('ends on the newest recap when the recaps run past the records', async () => {
    await clearData(db);
    const demo = generateDemoCampaign({ today: '2025-06-30', records: 500 });
    const data = fromDemo(demo);
    data.recaps = [...data.recaps, { regionCode: data.recaps[0]!.regionCode, asOf: '2025-07-09', asnCount: 5000, registered: 40, active: 20 }];
    await loadDataset(db, data);
    const history = await queryRankingHistory(db, 'count');
    expect(history.dates.at(-1)).toBe('2025-07-09');
    expect(history.dates.at(-2)).toBe('2025-07-07');
    await expectEachDateToMatch(db, 'count');
  }, 120_000);
});
