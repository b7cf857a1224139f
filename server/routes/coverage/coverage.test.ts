import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../../contract/breakdowns';
import type { Coverage } from '../../../contract/coverage';
import { addDays } from '../../../contract/dates';
import { createReferenceAggregates } from '../../../mocks/data/reference-aggregates';
import { clearData, openTestDb, testDrivers } from '../../../tests/support/test-db';
import { fromDemo, loadDataset, type Dataset } from '../../../tests/support/load-dataset';
import type { Db } from '../../db/client';
import { generateDemoCampaign, LAUNCH_DATE } from '../../demo/generate';
import { KLATEN_CODE, KLATEN_KECAMATAN } from '../../domain/geography';
import { queryKecamatan, queryUnits } from '../breakdowns/breakdowns.queries';
import { querySummary } from '../summary/summary.queries';
import { queryCoverage } from './coverage.queries';

const KINDS: UnitKind[] = ['opd', 'sekolah', 'puskesmas', 'kecamatan'];
const RUPIAH = 16_800;

type Row = Dataset['rows'][number];

interface RowSpec {
  no?: string;
  nik: string;
  on: string;
  unit: string;
  status: 'aktif' | 'tidak_aktif';
  until: string | null;
}

/** A dataset from hand-written rows; units are named by the rows. `until: null` is an import's empty paid-up date. */
function dataset(today: string, specs: RowSpec[]): Dataset {
  const names = [...new Set(specs.map((s) => s.unit))].sort();
  const kindOf = (name: string): UnitKind => (name.startsWith('Puskesmas') ? 'puskesmas' : name.startsWith('SD') ? 'sekolah' : 'opd');
  const units = names.map((name, i) => ({
    name, kind: kindOf(name), kecamatan: KLATEN_KECAMATAN[i % KLATEN_KECAMATAN.length]!.name, asnCount: 10, propensity: 1, quietAfter: null,
  }));
  const unit = new Map(units.map((u) => [u.name, u]));
  return {
    today,
    campaign: { regionCode: KLATEN_CODE, asnCount: 100, workersPerAsn: 1, monthlyContribution: RUPIAH, launchDate: LAUNCH_DATE, deadline: '2030-12-31' },
    units,
    recaps: [],
    rows: specs.map((s, i): Row => ({
      registrationNo: s.no ?? `H-${String(i).padStart(4, '0')}`,
      registeredOn: s.on,
      registrantNip: '198503122010011004',
      unitName: s.unit,
      kecamatan: unit.get(s.unit)!.kecamatan,
      workerNik: `331000000000${s.nik.padStart(4, '0')}`,
      workerName: 'x',
      occupation: 'Petani',
      monthlyContribution: RUPIAH,
      status: s.status,
      // The generator always sets a date; imports may not. The seeding path writes null as it comes.
      activeUntil: s.until as string,
      regionCode: KLATEN_CODE,
    })),
  };
}

/**
 * Small adversarial campaigns for coverage: few NIKs so workers renew and repeat, paid-up dates around
 * asOfDate + 30 and around month ends, empty paid-up dates, statuses that contradict their dates.
 */
const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    span: fc.integer({ min: 0, max: 420 }),
    units: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), kec: fc.nat(KLATEN_KECAMATAN.length - 1) }), { minLength: 1, maxLength: 4 }),
    rows: fc.array(
      fc.record({
        day: fc.integer({ min: -10, max: 420 }),
        unit: fc.nat(),
        nik: fc.nat(20),
        aktif: fc.boolean(),
        until: fc.oneof(
          fc.constant<{ kind: 'none' }>({ kind: 'none' }),
          fc.record({ kind: fc.constant<'after'>('after'), days: fc.integer({ min: 0, max: 45 }) }),
          fc.record({ kind: fc.constant<'after'>('after'), days: fc.integer({ min: 0, max: 300 }) }),
          fc.record({ kind: fc.constant<'asOf'>('asOf'), days: fc.integer({ min: -3, max: 33 }) }),
          fc.record({ kind: fc.constant<'monthEnd'>('monthEnd'), months: fc.nat(4) }),
        ),
      }),
      // size 'max': fast-check's default keeps arrays near 10 items, too few for renewals and edge days to meet.
      { maxLength: 100, size: 'max' },
    ),
  })
  .map(({ span, units, rows }) => {
    const today = addDays(LAUNCH_DATE, span);
    const demoUnits = units.map((u, i) => ({
      name: `Unit ${String(i).padStart(2, '0')}`, kind: u.kind, kecamatan: KLATEN_KECAMATAN[u.kec]!.name, asnCount: 20, propensity: 1, quietAfter: null,
    }));
    return {
      today,
      campaign: { regionCode: KLATEN_CODE, asnCount: 100, workersPerAsn: 1, monthlyContribution: RUPIAH, launchDate: LAUNCH_DATE, deadline: '2030-12-31' },
      units: demoUnits,
      recaps: [],
      rows: rows.map((r, i): Row => {
        const registeredOn = addDays(LAUNCH_DATE, Math.min(r.day, span));
        const endOfMonthAfter = (months: number) => {
          const [y, m] = registeredOn.split('-').map(Number) as [number, number];
          return new Date(Date.UTC(y, m + months, 0)).toISOString().slice(0, 10);
        };
        const until =
          r.until.kind === 'none' ? null
          : r.until.kind === 'after' ? addDays(registeredOn, r.until.days)
          : r.until.kind === 'monthEnd' ? endOfMonthAfter(r.until.months)
          : addDays(today, r.until.days);
        const unit = demoUnits[r.unit % demoUnits.length]!;
        return {
          registrationNo: `T-${String(i).padStart(5, '0')}`,
          registeredOn,
          registrantNip: '198503122010011004',
          unitName: unit.name,
          kecamatan: unit.kecamatan,
          workerNik: `33100${String(r.nik).padStart(11, '0')}`,
          workerName: 'x',
          occupation: 'Petani',
          monthlyContribution: RUPIAH,
          status: r.aktif ? 'aktif' : 'tidak_aktif',
          // Imports refuse a paid-up date before the registration; keep to what can be stored.
          activeUntil: (until !== null && until < registeredOn ? registeredOn : until) as string,
          regionCode: KLATEN_CODE,
        };
      }),
    };
  });

const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const withoutId = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
const withoutIds = (c: Coverage) => ({ ...c, expiring: { ...c.expiring, units: withoutId(c.expiring.units) } });

describe.each(testDrivers)('coverage on %s', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function load(data: Dataset) {
    await clearData(db);
    return createReferenceAggregates(await loadDataset(db, data));
  }

  it('equals the day-by-day count for generated campaigns (coverage, and pace per unit and kecamatan)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        const reference = await load(data);
        expect(withoutIds(await queryCoverage(db))).toEqual(withoutIds(reference.coverage()));
        expect(withoutId(byName((await queryUnits(db)).rows))).toEqual(withoutId(byName(reference.units().rows)));
        expect(byName((await queryKecamatan(db)).rows)).toEqual(byName(reference.kecamatan().rows));
        // Active now is one number everywhere: the coverage's last month and the summary agree.
        const coverage = await queryCoverage(db);
        if (coverage.months.length > 0) expect(coverage.months.at(-1)!.active).toBe((await querySummary(db)).active);
      }),
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('equals the day-by-day count for the full demo campaign, where the newest month holds the active count', async () => {
    const reference = await load(fromDemo(generateDemoCampaign({ today: '2026-11-23' })));
    const coverage = await queryCoverage(db);
    expect(withoutIds(coverage)).toEqual(withoutIds(reference.coverage()));
    const summary = await querySummary(db);
    expect(coverage.months.at(-1)).toMatchObject({ registered: summary.registered, active: summary.active });
    expect(coverage.months[0]!.month).toBe('2023-11-01');
    expect(coverage.cohorts.every((c) => c.retained.every((n) => n <= c.size))).toBe(true);
  });

  // asOfDate 2024-03-15 (asOfDate + 30 = 2024-04-14), launch 2023-11-13; worked out by hand below.
  const small = dataset('2024-03-15', [
    { nik: 'A', on: '2024-01-10', unit: 'Dinas Sosial', status: 'aktif', until: '2024-04-15' }, // through asOfDate + 31: not expiring
    { nik: 'B', on: '2024-01-10', unit: 'Dinas Sosial', status: 'aktif', until: '2024-04-14' }, // through asOfDate + 30: expiring
    { nik: 'C', on: '2024-01-20', unit: 'Puskesmas Wedi', status: 'aktif', until: '2024-03-15' }, // ends on asOfDate: expiring
    { nik: 'D', on: '2024-02-05', unit: 'Puskesmas Wedi', status: 'tidak_aktif', until: '2024-02-20' }, // lapses in its own month
    { nik: 'E', on: '2023-12-01', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2024-01-31' }, // renewed the next day:
    { nik: 'E', on: '2024-02-01', unit: 'Puskesmas Wedi', status: 'aktif', until: '2024-04-30' }, //   no lapse, first unit kept
    { nik: 'F', on: '2023-12-01', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2023-12-31' }, // lapses 1 Jan,
    { nik: 'F', on: '2024-02-10', unit: 'Dinas Sosial', status: 'aktif', until: null }, //   back in Feb, open-ended
    { nik: 'G', on: '2023-11-20', unit: 'SDN 1 Klaten', status: 'tidak_aktif', until: '2023-11-30' }, // first day without cover 1 Dec
    { nik: 'H', on: '2023-11-15', unit: 'SDN 1 Klaten', status: 'tidak_aktif', until: null }, // never known covered
  ]);

  const smallExpected: Omit<Coverage, 'asOf'> = {
    asOfDate: '2024-03-15',
    monthlyContribution: RUPIAH,
    months: [
      // Nov: G, H new; G covered 20-30 Nov.
      { month: '2023-11-01', registered: 2, active: 1, newRegistrations: 2, lapses: 0, contributions: 1 * RUPIAH },
      // Dec: E, F new and covered all month; G lost cover on 1 Dec.
      { month: '2023-12-01', registered: 4, active: 2, newRegistrations: 2, lapses: 1, contributions: 2 * RUPIAH },
      // Jan: A, B, C new; F lost cover on 1 Jan; E still covered on 31 Jan.
      { month: '2024-01-01', registered: 7, active: 4, newRegistrations: 3, lapses: 1, contributions: 4 * RUPIAH },
      // Feb (29 days): D new, covered 5-20, lost cover 21 Feb; F back on 10 Feb; E renewed without a gap.
      { month: '2024-02-01', registered: 8, active: 5, newRegistrations: 1, lapses: 1, contributions: 6 * RUPIAH },
      // Mar up to the 15th: C covered through the 15th, so not lapsed yet.
      { month: '2024-03-01', registered: 8, active: 5, newRegistrations: 0, lapses: 0, contributions: 5 * RUPIAH },
    ],
    cohorts: [
      { month: '2023-11-01', size: 2, retained: [1, 0, 0, 0, 0] },
      { month: '2023-12-01', size: 2, retained: [2, 1, 2, 2] },
      { month: '2024-01-01', size: 3, retained: [3, 3, 3] },
      { month: '2024-02-01', size: 1, retained: [0, 0] },
    ],
    expiring: {
      windowDays: 30,
      from: '2024-03-16',
      to: '2024-04-14',
      total: 2,
      units: [
        { id: 0, name: 'Dinas Sosial', kind: 'opd', kecamatan: KLATEN_KECAMATAN[0]!.name, count: 1 },
        { id: 0, name: 'Puskesmas Wedi', kind: 'puskesmas', kecamatan: KLATEN_KECAMATAN[1]!.name, count: 1 },
      ],
    },
  };

  it('counts a small campaign as worked out by hand: lapses, renewals, cohorts, expiry on the window edges', async () => {
    const reference = await load(small);
    const { asOf: _asOf, ...sql } = withoutIds(await queryCoverage(db));
    expect(sql).toEqual(withoutIds(smallExpected as Coverage));
    const { asOf: _a, ...oracle } = withoutIds(reference.coverage());
    expect(oracle).toEqual(withoutIds(smallExpected as Coverage));
    const units = byName((await queryUnits(db)).rows);
    expect(units.map((u) => [u.name, u.expiringNext30Days])).toEqual([['Dinas Sosial', 1], ['Puskesmas Wedi', 1], ['SDN 1 Klaten', 0]]);
  });

  it('counts a worker who lapses and comes back within one month once for its contributions, with one lapse', async () => {
    await load(
      dataset('2024-03-15', [
        { nik: 'P', on: '2024-01-03', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2024-01-09' }, // lost cover 10 Jan
        { nik: 'P', on: '2024-01-20', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2024-01-25' }, // lost it again 26 Jan
        { nik: 'P', on: '2024-01-28', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2024-02-10' }, // lost it 11 Feb
      ]),
    );
    const months = (await queryCoverage(db)).months.map((m) => [m.month, m.active, m.lapses, m.contributions / RUPIAH]);
    expect(months).toEqual([['2023-11-01', 0, 0, 0], ['2023-12-01', 0, 0, 0], ['2024-01-01', 1, 1, 1], ['2024-02-01', 0, 1, 1], ['2024-03-01', 0, 0, 0]]);
  });

  it('lets the status win over a paid-up date that contradicts it', async () => {
    await load(
      dataset('2024-03-15', [
        // 'aktif' but paid up only to 1 Mar: covered through asOfDate, so it runs out tomorrow.
        { nik: 'M', on: '2024-01-05', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-01' },
        // 'tidak_aktif' but paid up to May: covered through the day before asOfDate, lapsed in March.
        { nik: 'N', on: '2024-03-01', unit: 'Dinas Sosial', status: 'tidak_aktif', until: '2024-05-01' },
      ]),
    );
    const coverage = await queryCoverage(db);
    expect(coverage.months.at(-1)).toEqual({ month: '2024-03-01', registered: 2, active: 1, newRegistrations: 1, lapses: 1, contributions: 2 * RUPIAH });
    expect(coverage.expiring.total).toBe(1);
    expect((await querySummary(db)).active).toBe(1);
  });

  it('counts new workers in the 7, 14 and 28 days ending asOfDate, both ends included', async () => {
    await load(
      dataset('2024-03-15', [
        { nik: '1', on: '2024-03-15', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate itself
        { nik: '2', on: '2024-03-09', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 6: in 7
        { nik: '3', on: '2024-03-08', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 7: in 14
        { nik: '4', on: '2024-03-02', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 13: in 14
        { nik: '5', on: '2024-03-01', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 14: in 28
        { nik: '6', on: '2024-02-17', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 27: in 28
        { nik: '7', on: '2024-02-16', unit: 'Dinas Sosial', status: 'aktif', until: '2024-03-31' }, // asOfDate - 28: none
        { nik: '2', on: '2024-01-02', unit: 'Puskesmas Wedi', status: 'tidak_aktif', until: '2024-01-31' }, // 2 first came here
      ]),
    );
    const pace = (r: { newLast7Days: number; newLast14Days: number; newLast28Days: number; expiringNext30Days: number }) =>
      [r.newLast7Days, r.newLast14Days, r.newLast28Days, r.expiringNext30Days];
    const units = byName((await queryUnits(db)).rows);
    // Worker 2 counts in Puskesmas Wedi, first registered in January: not new. Everyone covered runs out on 31 Mar.
    expect(units.map((u) => [u.name, ...pace(u)])).toEqual([['Dinas Sosial', 1, 3, 5, 6], ['Puskesmas Wedi', 0, 0, 0, 1]]);
    const kecamatan = new Map((await queryKecamatan(db)).rows.map((k) => [k.name, pace(k)]));
    expect(kecamatan.get(KLATEN_KECAMATAN[0]!.name)).toEqual([1, 3, 5, 6]);
    expect(kecamatan.get(KLATEN_KECAMATAN[1]!.name)).toEqual([0, 0, 0, 1]);
  });
});
