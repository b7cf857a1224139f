import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../contract/breakdowns';
import { addDays } from '../../contract/dates';
import { createReferenceAggregates } from '../../mocks/data/reference-aggregates';
import { clearData, openTestDb, testDrivers } from '../../tests/support/test-db';
import { fromDemo, loadDataset, type Dataset } from '../../tests/support/load-dataset';
import type { Db } from '../db/client';
import { generateDemoCampaign, LAUNCH_DATE } from '../demo/generate';
import type { TargetChange } from '../demo/target-history';
import { KLATEN_CODE, KLATEN_KECAMATAN } from '../domain/geography';
import { queryOccupations } from './breakdowns/breakdowns.queries';
import { queryTimeseries } from './registrations/registrations.queries';
import { queryTargetHistory } from './targets/targets.queries';

const KINDS: UnitKind[] = ['opd', 'sekolah', 'puskesmas', 'kecamatan'];
const OCCUPATIONS = ['Petani', 'Sopir', 'Asisten Rumah Tangga', 'Tukang Batu'];
/** Few kecamatan, so that several units share one. */
const KECAMATAN = KLATEN_KECAMATAN.slice(0, 3).map((k) => k.name);

/**
 * Small campaigns with a target history: campaign changes (ASN count, workers per ASN, deadline) and unit
 * changes on random days, several on one day, some changing nothing; workers repeating across units.
 */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    span: fc.integer({ min: 0, max: 700 }),
    workersPerAsn: fc.integer({ min: 1, max: 3 }),
    units: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), kec: fc.nat(KECAMATAN.length - 1), asn: fc.integer({ min: 0, max: 300 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    rows: fc.array(
      fc.record({ day: fc.integer({ min: -10, max: 700 }), unit: fc.nat(), nik: fc.nat(40), aktif: fc.boolean(), occupation: fc.constantFrom(...OCCUPATIONS) }),
      { maxLength: 150 },
    ),
    changes: fc.array(
      fc.record({
        unit: fc.option(fc.nat(), { nil: null }),
        day: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 800 })),
        asn: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        ratio: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        deadline: fc.option(fc.constantFrom('2026-06-30', '2027-12-31'), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ span, workersPerAsn, units, rows, changes }) => {
    const today = addDays(LAUNCH_DATE, span);
    const demoUnits = units.map((u, i) => ({
      name: `Unit ${String(i).padStart(2, '0')}`, kind: u.kind, kecamatan: KECAMATAN[u.kec]!, asnCount: u.asn, propensity: 1, quietAfter: null,
    }));
    const targetChanges: TargetChange[] = changes.map((c) => ({
      unitName: c.unit === null ? null : demoUnits[c.unit % demoUnits.length]!.name,
      effectiveFrom: addDays(LAUNCH_DATE, c.day),
      previous:
        c.unit === null
          ? { ...(c.asn !== undefined ? { asnCount: Math.max(1, c.asn) } : {}), ...(c.ratio !== undefined ? { workersPerAsn: c.ratio } : {}), ...(c.deadline ? { deadline: c.deadline } : {}) }
          : c.asn !== undefined ? { asnCount: c.asn } : {},
      note: null,
      changedBy: 'uji',
    }));
    return {
      today,
      campaign: {
        regionCode: KLATEN_CODE, asnCount: Math.max(1, demoUnits.reduce((a, u) => a + u.asnCount, 0)), workersPerAsn, monthlyContribution: 16_800,
        launchDate: LAUNCH_DATE, deadline: '2030-12-31', targetChanges,
      },
      units: demoUnits,
      rows: rows.map((r, i) => {
        const unit = demoUnits[r.unit % demoUnits.length]!;
        return {
          registrationNo: `S-${String(i).padStart(5, '0')}`, registeredOn: addDays(LAUNCH_DATE, Math.min(r.day, span)), registrantNip: '198503122010011004',
          unitName: unit.name, kecamatan: unit.kecamatan, workerNik: `33100${String(r.nik).padStart(11, '0')}`, workerName: 'x', occupation: r.occupation,
          monthlyContribution: 16_800, status: r.aktif ? ('aktif' as const) : ('tidak_aktif' as const), activeUntil: today, regionCode: KLATEN_CODE,
        };
      }),
      recaps: [],
    };
  });

/** Every scope of the dataset answers as the brute-force oracle does: series, targets over time, occupation mix, history. */
async function expectScopesToMatchReference(db: Db, data: Dataset, intervals: readonly ('day' | 'week' | 'month')[]) {
  const reference = createReferenceAggregates(await loadDataset(db, data));
  const byPosition = new Map(data.units.map((u, i) => [u.name, i + 1]));
  const dbUnits = await db.query<{ id: number; name: string }>('select id, name from units order by id');
  const sortOccupations = <T extends { rows: { occupation: string; registered: number }[] }>(o: T) => ({
    ...o, rows: [...o.rows].sort((a, b) => b.registered - a.registered || (a.occupation < b.occupation ? -1 : 1)),
  });

  for (const interval of intervals) expect(await queryTimeseries(db, interval)).toEqual(reference.timeseries(interval));
  for (const unit of dbUnits) {
    const position = byPosition.get(unit.name)!;
    const withDbId = <T extends { scope: { kind: string } }>(x: T) => ({ ...x, scope: { ...x.scope, id: unit.id } });
    for (const interval of intervals) {
      expect(await queryTimeseries(db, interval, { unit: unit.id }), `${unit.name} ${interval}`).toEqual(withDbId(reference.timeseries(interval, { unit: position })));
    }
    expect(sortOccupations(await queryOccupations(db, { unit: unit.id }))).toEqual(withDbId(reference.occupations({ unit: position })));
  }
  // Every kecamatan with units, and one without.
  for (const kecamatan of [...KECAMATAN, KLATEN_KECAMATAN.at(-1)!.name]) {
    for (const interval of intervals) {
      expect(await queryTimeseries(db, interval, { kecamatan }), `${kecamatan} ${interval}`).toEqual(reference.timeseries(interval, { kecamatan }));
    }
    expect(sortOccupations(await queryOccupations(db, { kecamatan: kecamatan.toUpperCase() }))).toEqual(reference.occupations({ kecamatan }));
  }
  expect(sortOccupations(await queryOccupations(db))).toEqual(reference.occupations());

  const history = await queryTargetHistory(db);
  const expected = reference.targetHistory();
  const unitIdByName = new Map(dbUnits.map((u) => [u.name, u.id]));
  expect(history.current).toEqual(expected.current);
  expect(history.versions.map(({ id: _id, ...v }) => v)).toEqual(
    expected.versions.map(({ id: _id, ...v }) => ({ ...v, unitId: v.unitName === null ? null : unitIdByName.get(v.unitName)! })),
  );
}

describe.each(testDrivers)('scoped aggregates and targets over time on %s equal a brute-force count', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('for generated campaigns with a target history', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        await clearData(db);
        await expectScopesToMatchReference(db, data, ['week']);
      }),
      { numRuns: 12, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('for a hand-worked history: a kecamatan sums its units at each change, times the ratio of the day', async () => {
    await clearData(db);
    const units = [
      { name: 'A', kind: 'opd' as const, kecamatan: KECAMATAN[0]!, asnCount: 10, propensity: 1, quietAfter: null },
      { name: 'B', kind: 'sekolah' as const, kecamatan: KECAMATAN[0]!, asnCount: 20, propensity: 1, quietAfter: null },
      { name: 'C', kind: 'puskesmas' as const, kecamatan: KECAMATAN[1]!, asnCount: 5, propensity: 1, quietAfter: null },
    ];
    // A: 8 until 1 Feb 2024, then 10. B: 20 throughout. Ratio: 1 until 1 Mar 2024, then 2.
    const data: Dataset = {
      today: '2024-06-01',
      campaign: {
        regionCode: KLATEN_CODE, asnCount: 35, workersPerAsn: 2, monthlyContribution: 16_800, launchDate: LAUNCH_DATE, deadline: '2026-12-31',
        targetChanges: [
          { unitName: 'A', effectiveFrom: '2024-02-01', previous: { asnCount: 8 }, note: null, changedBy: 'uji' },
          { unitName: null, effectiveFrom: '2024-03-01', previous: { workersPerAsn: 1 }, note: null, changedBy: 'uji' },
        ],
      },
      units,
      rows: [],
      recaps: [],
    };
    await expectScopesToMatchReference(db, data, ['month']);
    const kec = await queryTimeseries(db, 'month', { kecamatan: KECAMATAN[0]! });
    expect(kec.target).toBe(60);
    expect(kec.targetSteps).toEqual([
      { from: LAUNCH_DATE, target: 28 },
      { from: '2024-02-01', target: 30 },
      { from: '2024-03-01', target: 60 },
    ]);
    const c = await queryTimeseries(db, 'month', { unit: (await db.query<{ id: number }>("select id from units where name = 'C'"))[0]!.id });
    expect(c.targetSteps).toEqual([
      { from: LAUNCH_DATE, target: 5 },
      { from: '2024-03-01', target: 10 },
    ]);
    expect((await queryTimeseries(db, 'month')).targetSteps).toEqual([
      { from: LAUNCH_DATE, target: 35 },
      { from: '2024-03-01', target: 70 },
    ]);
  });

  it('for the full demo campaign: every unit and kecamatan series adds up to the campaign', async () => {
    await clearData(db);
    const demo = generateDemoCampaign({ today: '2025-06-30' });
    const data = fromDemo(demo);
    const reference = createReferenceAggregates(await loadDataset(db, data));
    const campaign = await queryTimeseries(db, 'month');
    expect(campaign).toEqual(reference.timeseries('month'));
    let sum = 0;
    for (const { name } of KLATEN_KECAMATAN) {
      const series = await queryTimeseries(db, 'month', { kecamatan: name });
      expect(series).toEqual(reference.timeseries('month', { kecamatan: name }));
      sum += series.points.at(-1)?.cumulative ?? 0;
    }
    expect(sum).toBe(campaign.points.at(-1)!.cumulative);
  });
});
