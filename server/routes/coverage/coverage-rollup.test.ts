import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../contract/dates';
import { clearData, openTestDb, testDrivers } from '../../../tests/support/test-db';
import { fromDemo, loadDataset, type Dataset } from '../../../tests/support/load-dataset';
import type { Db } from '../../db/client';
import { generateDemoCampaign, LAUNCH_DATE } from '../../demo/generate';
import { KLATEN_CODE, KLATEN_KECAMATAN } from '../../domain/geography';
import { queryCoverage, queryCoverageFromRegistrations } from './coverage.queries';

const RUPIAH = 16_800;
type Row = Dataset['rows'][number];

/**
 * Campaigns that stress the rollup's corrections on the data date: few NIKs, registrations on the data date itself,
 * 'tidak_aktif' rows paid up past it, data dates on the first of a month, lapses twice in one month.
 */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    // Data dates from launch to ~14 months later, often the 1st or 2nd of a month.
    span: fc.oneof(fc.integer({ min: 0, max: 420 }), fc.constantFrom(18, 19, 49, 50, 80, 81, 110, 111, 385, 386)),
    rows: fc.array(
      fc.record({
        back: fc.oneof(fc.integer({ min: 0, max: 430 }), fc.integer({ min: 0, max: 3 })),
        nik: fc.nat(12),
        unit: fc.nat(2),
        aktif: fc.boolean(),
        until: fc.oneof(
          fc.constant(null),
          fc.integer({ min: -2, max: 40 }).map((d) => ({ from: 'asOf' as const, d })),
          fc.integer({ min: 0, max: 70 }).map((d) => ({ from: 'on' as const, d })),
        ),
      }),
      { maxLength: 60, size: 'max' },
    ),
  })
  .map(({ span, rows }) => {
    const today = addDays(LAUNCH_DATE, span);
    const units = [0, 1, 2].map((i) => ({
      name: `Unit ${i}`, kind: 'opd' as const, kecamatan: KLATEN_KECAMATAN[i]!.name, asnCount: 20, propensity: 1, quietAfter: null,
    }));
    return {
      today,
      campaign: { regionCode: KLATEN_CODE, asnCount: 100, workersPerAsn: 1, monthlyContribution: RUPIAH, launchDate: LAUNCH_DATE, deadline: '2030-12-31' },
      units,
      recaps: [],
      rows: rows.map((r, i): Row => {
        const registeredOn = addDays(today, -Math.min(r.back, span + 5));
        const until = r.until === null ? null : r.until.from === 'asOf' ? addDays(today, r.until.d) : addDays(registeredOn, r.until.d);
        const unit = units[r.unit]!;
        return {
          registrationNo: `R-${String(i).padStart(5, '0')}`,
          registeredOn,
          registrantNip: '198503122010011004',
          unitName: unit.name,
          kecamatan: unit.kecamatan,
          workerNik: `33100${String(r.nik).padStart(11, '0')}`,
          workerName: 'x',
          occupation: 'Petani',
          monthlyContribution: RUPIAH,
          status: r.aktif ? 'aktif' : 'tidak_aktif',
          activeUntil: (until !== null && until < registeredOn ? registeredOn : until) as string,
          regionCode: KLATEN_CODE,
        };
      }),
    };
  });

describe.each(testDrivers)('coverage from the rollups on %s', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** The answer read from the rollups, as JSON, after checking that the rollups were what it read. */
  async function rolledJson() {
    const [row] = await db.query<{ rolled: boolean }>(
      `select coalesce((select max(registered_on) from registrations) <= (select max(data_as_of) from data_loads where kind = 'registrations'), true) as rolled`,
    );
    expect(row!.rolled).toBe(true);
    return JSON.stringify(await queryCoverage(db));
  }

  it('answers byte for byte as the query over the registrations, for the demo campaign', async () => {
    await clearData(db);
    await loadDataset(db, fromDemo(generateDemoCampaign({ today: '2026-11-23' })));
    const rolled = await rolledJson();
    const reference = JSON.stringify(await queryCoverageFromRegistrations(db));
    expect(rolled).toBe(reference);
    expect((JSON.parse(rolled) as { months: unknown[] }).months.length).toBeGreaterThan(30);
  });

  it('answers byte for byte as the query over the registrations, for generated campaigns', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        await clearData(db);
        await loadDataset(db, data);
        expect(await rolledJson()).toBe(JSON.stringify(await queryCoverageFromRegistrations(db)));
      }),
      { numRuns: driver === 'pglite' ? 25 : 40, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('corrects the data date: a tidak_aktif run reaching it ends the day before, one starting on it never starts', async () => {
    const today = '2024-03-01'; // the first of a month: the run ending on 29 Feb is not covered in March
    const row = (no: string, nik: string, on: string, status: 'aktif' | 'tidak_aktif', until: string | null): Row => ({
      registrationNo: no, registeredOn: on, registrantNip: '198503122010011004', unitName: 'Unit 0', kecamatan: KLATEN_KECAMATAN[0]!.name,
      workerNik: `331000000000${nik}`, workerName: 'x', occupation: 'Petani', monthlyContribution: RUPIAH, status,
      activeUntil: until as string, regionCode: KLATEN_CODE,
    });
    await clearData(db);
    await loadDataset(db, {
      today,
      campaign: { regionCode: KLATEN_CODE, asnCount: 100, workersPerAsn: 1, monthlyContribution: RUPIAH, launchDate: LAUNCH_DATE, deadline: '2030-12-31' },
      units: [{ name: 'Unit 0', kind: 'opd', kecamatan: KLATEN_KECAMATAN[0]!.name, asnCount: 20, propensity: 1, quietAfter: null }],
      recaps: [],
      rows: [
        row('A1', '0001', '2024-02-10', 'tidak_aktif', '2024-04-30'), // paid up past the data date, status says lapsed
        row('B1', '0002', '2024-01-05', 'tidak_aktif', '2024-01-20'), // lapses in January,
        row('B2', '0002', '2024-03-01', 'tidak_aktif', '2024-03-31'), //   and again from its own first day
        row('C1', '0003', '2024-02-01', 'tidak_aktif', '2024-02-03'), // lapses 4 Feb,
        row('C2', '0003', '2024-02-20', 'tidak_aktif', '2024-05-01'), //   and again on the data date
        row('D1', '0004', '2024-02-15', 'aktif', '2024-02-20'), // the status wins: covered through the data date
      ],
    });
    const rolled = JSON.parse(await rolledJson()) as Awaited<ReturnType<typeof queryCoverage>>;
    expect(rolled).toEqual(await queryCoverageFromRegistrations(db));
    expect(rolled.months.at(-1)).toMatchObject({ month: '2024-03-01', registered: 4, active: 1, lapses: 2, contributions: RUPIAH });
  });
});
