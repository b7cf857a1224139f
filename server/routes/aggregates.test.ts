import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../contract/breakdowns';
import { addDays } from '../../contract/dates';
import { createReferenceAggregates } from '../../mocks/data/reference-aggregates';
import { clearData, openTestDb, testDrivers } from '../../tests/support/test-db';
import { fromDemo, loadDataset, type Dataset } from '../../tests/support/load-dataset';
import type { Db } from '../db/client';
import { generateDemoCampaign, LAUNCH_DATE } from '../demo/generate';
import { CENTRAL_JAVA_REGIONS, KLATEN_CODE, KLATEN_KECAMATAN } from '../domain/geography';
import { queryKecamatan, queryOccupations, queryUnits } from './breakdowns/breakdowns.queries';
import { queryRanking, queryRankingHistory } from './ranking/ranking.queries';
import { queryTimeseries } from './registrations/registrations.queries';
import { querySummary } from './summary/summary.queries';

const OTHER_REGIONS = CENTRAL_JAVA_REGIONS.filter((r) => r.code !== KLATEN_CODE).map((r) => r.code);
const KINDS: UnitKind[] = ['opd', 'sekolah', 'puskesmas', 'kecamatan'];
const OCCUPATIONS = ['Petani', 'Sopir', 'Asisten Rumah Tangga', 'Tukang Batu'];

/** Small adversarial campaigns: few NIKs so workers repeat, units with no ASN, dates before launch, sparse recaps. */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    span: fc.integer({ min: 0, max: 900 }),
    workersPerAsn: fc.integer({ min: 1, max: 2 }),
    units: fc.array(
      fc.record({ kind: fc.constantFrom(...KINDS), kec: fc.nat(KLATEN_KECAMATAN.length - 1), asn: fc.integer({ min: 0, max: 300 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    rows: fc.array(
      fc.record({
        day: fc.integer({ min: -20, max: 900 }),
        unit: fc.nat(),
        nik: fc.nat(60),
        aktif: fc.boolean(),
        occupation: fc.constantFrom(...OCCUPATIONS),
      }),
      { maxLength: 250 },
    ),
    recaps: fc.uniqueArray(
      fc.record({ region: fc.constantFrom(...OTHER_REGIONS), day: fc.integer({ min: 0, max: 900 }), asn: fc.integer({ min: 0, max: 12_000 }), registered: fc.nat(12_000) }),
      { maxLength: 50, selector: (r) => `${r.region}/${r.day}` },
    ),
  })
  .map(({ span, workersPerAsn, units, rows, recaps }) => {
    const today = addDays(LAUNCH_DATE, span);
    const demoUnits = units.map((u, i) => ({
      name: `Unit ${String(i).padStart(2, '0')}`, kind: u.kind, kecamatan: KLATEN_KECAMATAN[u.kec]!.name, asnCount: u.asn, propensity: 1, quietAfter: null,
    }));
    return {
      today,
      campaign: { regionCode: KLATEN_CODE, asnCount: Math.max(1, demoUnits.reduce((a, u) => a + u.asnCount, 0)), workersPerAsn, monthlyContribution: 16_800, launchDate: LAUNCH_DATE, deadline: '2030-12-31' },
      units: demoUnits,
      rows: rows.map((r, i) => {
        const unit = demoUnits[r.unit % demoUnits.length]!;
        return {
          registrationNo: `T-${String(i).padStart(5, '0')}`,
          registeredOn: addDays(LAUNCH_DATE, Math.min(r.day, span)),
          registrantNip: '198503122010011004',
          unitName: unit.name,
          kecamatan: unit.kecamatan,
          workerNik: `33100${String(r.nik).padStart(11, '0')}`,
          workerName: 'x',
          occupation: r.occupation,
          monthlyContribution: 16_800,
          status: r.aktif ? ('aktif' as const) : ('tidak_aktif' as const),
          activeUntil: today,
          regionCode: KLATEN_CODE,
        };
      }),
      recaps: recaps
        .filter((r) => r.day <= span)
        .map((r) => ({ regionCode: r.region, asOf: addDays(LAUNCH_DATE, r.day), asnCount: r.asn, registered: r.registered, active: Math.floor(r.registered / 2) })),
    };
  });

const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const withoutId = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);

async function expectSqlToMatchReference(db: Db, data: Dataset) {
  const reference = createReferenceAggregates(await loadDataset(db, data));
  expect(await querySummary(db)).toEqual(reference.summary());
  for (const interval of ['day', 'week', 'month'] as const) {
    expect(await queryTimeseries(db, interval)).toEqual(reference.timeseries(interval));
  }
  const units = await queryUnits(db);
  expect(withoutId(byName(units.rows))).toEqual(withoutId(byName(reference.units().rows)));
  expect(byName((await queryKecamatan(db)).rows)).toEqual(byName(reference.kecamatan().rows));
  const occupationOrder = (rows: { occupation: string; registered: number }[]) =>
    [...rows].sort((a, b) => b.registered - a.registered || (a.occupation < b.occupation ? -1 : 1));
  expect(occupationOrder((await queryOccupations(db)).rows)).toEqual(reference.occupations().rows);
  for (const metric of ['count', 'percent'] as const) {
    expect(await queryRanking(db, metric)).toEqual(reference.ranking(metric));
    const history = await queryRankingHistory(db, metric);
    const expected = reference.rankingHistory(metric);
    expect(history.dates).toEqual(expected.dates);
    expect(byName(history.series.map((s) => ({ ...s, name: s.code })))).toEqual(byName(expected.series.map((s) => ({ ...s, name: s.code }))));
  }
}

describe.each(testDrivers)('aggregates on %s equal a brute-force count', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('for generated adversarial campaigns', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        await clearData(db);
        await expectSqlToMatchReference(db, data);
      }),
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('for the full demo campaign, which puts Klaten 3rd behind Kab. Semarang and Pemalang', async () => {
    await clearData(db);
    const demo = generateDemoCampaign({ today: '2026-11-23' });
    await expectSqlToMatchReference(db, fromDemo(demo));
    const ranking = await queryRanking(db, 'count');
    expect(ranking.rows.slice(0, 3).map((r) => `${r.kind} ${r.name}`)).toEqual(['kabupaten Semarang', 'kabupaten Pemalang', 'kabupaten Klaten']);
    const summary = await querySummary(db);
    expect(summary.target).toBe(11_000);
    expect(summary.monthlyContribution).toBe(16_800);
    expect(summary.registered).toBeLessThan(demo.recordCount);
  });
});
