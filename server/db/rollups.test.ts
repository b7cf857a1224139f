import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunked } from '../../tests/support/import-files';
import { testPseudonymize } from '../../tests/support/load-dataset';
import { clearData, openTestDb, testDrivers } from '../../tests/support/test-db';
import { applyImport, ImportStateError, undoImport } from '../imports/apply';
import { stageImport } from '../imports/stage';
import { generateDemoCampaign, type DemoRegistration } from '../demo/generate';
import { registrationCsv } from '../demo/recap-file';
import { seedDemoCampaign } from '../demo/seed';
import { coverRunsCte, expiringRun } from '../routes/coverage/cover-runs';
import type { Db, Queryable } from './client';
import { queryUnits } from '../routes/breakdowns/breakdowns.queries';
import { rebuildRollups, refreshRollups } from './rollups';
import { queryCoverage, queryCoverageFromRegistrations } from '../routes/coverage/coverage.queries';

const TODAY = '2026-11-23';
const LATER = '2026-12-07';

/** The data date, as the queries take it. */
const DATA_DATE = `(select coalesce((select data_as_of from data_loads where kind = 'registrations' order by data_as_of desc, loaded_at desc limit 1),
                                    (select launch_date from campaign)))`;

/** Workers whose cover ends within 30 days of the data date, per unit, exactly as cover-runs.ts defines it. */
const EXPIRING_EXACT = `with ${coverRunsCte(DATA_DATE)} select unit_id, count(*)::int as n from cover_runs where ${expiringRun(DATA_DATE)} group by 1 order by 1`;

/** Every rollup as stored. */
async function stored(db: Queryable) {
  const q = (sql: string) => db.query(sql);
  return {
    workers: await q(`select worker_key, registration_no, registered_on::text, unit_id, occupation, active, cover_until::text from worker_firsts order by worker_key`),
    daily: await q(`select registered_on::text, registered, active from rollup_daily order by 1`),
    unitDaily: await q(`select unit_id, registered_on::text, registered from rollup_unit_daily order by 1, 2`),
    occupations: await q(`select unit_id, occupation, registered, active from rollup_unit_occupations order by 1, 2`),
    cover: await q(`select cover_until::text, unit_id, n from rollup_unit_cover order by 1, 2`),
    coverMonths: await q(`select month::text, unit_id, n from rollup_unit_cover_months order by 1, 2`),
    // What the units breakdown counts as expiring (every registration is on or before the data date here).
    expiring: (await queryUnits(db)).rows.filter((u) => u.expiringNext30Days > 0).map((u) => ({ unit_id: u.id, n: u.expiringNext30Days })).sort((a, b) => a.unit_id - b.unit_id),
    // GET /coverage as read from the rollups of migration 0009 (byte for byte).
    coverage: JSON.stringify(await queryCoverage(db)),
  };
}

/** The runs of cover and their moves (migration 0009), as stored. */
async function storedCover(db: Queryable) {
  return {
    runs: await db.query(`select worker_key, first_on::text, a::text, b::text, prev_b::text from worker_cover_runs order by 1, 3`),
    days: await db.query(`select day::text, cohort::text, starts, ends, lapses, paid from rollup_cover_days order by 1, 2`),
  };
}

/** The same, counted from scratch over the registrations: the `workers` view of migration 0001 and cover-runs.ts. */
async function fromScratch(db: Queryable) {
  const q = (sql: string) => db.query(sql);
  const w = `(select distinct on (r.worker_key) r.worker_key, r.registration_no, r.registered_on, r.unit_id, r.occupation,
                     bool_or(r.status = 'aktif') over (partition by r.worker_key) as active,
                     (select max(coalesce(a.active_until, 'infinity')) from registrations a where a.worker_key = r.worker_key and a.status = 'aktif') as cover_until
                from registrations r order by r.worker_key, r.registered_on, r.registration_no) w`;
  return {
    workers: await q(`select worker_key, registration_no, registered_on::text, unit_id, occupation, active, cover_until::text from ${w} order by worker_key`),
    daily: await q(`select registered_on::text, count(*)::int as registered, count(*) filter (where active)::int as active from ${w} group by 1 order by 1`),
    unitDaily: await q(`select unit_id, registered_on::text, count(*)::int as registered from ${w} group by 1, 2 order by 1, 2`),
    occupations: await q(
      `select unit_id, occupation, count(*)::int as registered, count(*) filter (where active)::int as active from ${w} group by 1, 2 order by 1, 2`,
    ),
    cover: await q(`select cover_until::text, unit_id, count(*)::int as n from ${w} where cover_until is not null group by 1, 2 order by 1, 2`),
    coverMonths: await q(
      `select date_trunc('month', cover_until)::date::text as month, unit_id, count(*)::int as n from ${w} where cover_until is not null group by 1, 2 order by 1, 2`,
    ),
    expiring: await q(EXPIRING_EXACT),
    coverage: JSON.stringify(await queryCoverageFromRegistrations(db)),
  };
}

async function expectRollupsFromScratch(db: Db) {
  const now = await stored(db);
  expect(now).toEqual(await fromScratch(db));
  return now;
}

async function importRows(db: Db, rows: DemoRegistration[], today: string, options: { partial?: boolean } = {}) {
  const id = await stageImport(db, chunked(registrationCsv(rows)), {
    fileName: 'rekap.csv', importedBy: 'tester', today, maxBytes: 50_000_000, pseudonymize: testPseudonymize,
  });
  await applyImport(db, id, { partial: options.partial ?? false, today });
  return id;
}

describe.each(testDrivers)('rollups on %s', (driver) => {
  let db: Db;
  const demo = generateDemoCampaign({ today: TODAY, records: 3_000 });
  const rows = [...demo.registrations()];

  beforeAll(async () => {
    db = await openTestDb(driver);
    await db.exec('truncate imports restart identity cascade');
    await clearData(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('are empty after the data is cleared, and equal a count from scratch after the demo seed', async () => {
    expect(await db.query('select 1 from worker_firsts union all select 1 from rollup_daily')).toEqual([]);
    await seedDemoCampaign(db, demo, testPseudonymize);
    const after = await expectRollupsFromScratch(db);
    expect(after.workers.length).toBeGreaterThan(1_000);
    expect(after.expiring.length).toBeGreaterThan(10);
  });

  // Workers with one registration each, so that their first registration is the one changed.
  const byWorker = new Map<string, DemoRegistration[]>();
  for (const r of rows) byWorker.set(r.workerNik, [...(byWorker.get(r.workerNik) ?? []), r]);
  const singles = [...byWorker.values()].filter((rs) => rs.length === 1).map((rs) => rs[0]!);
  const active = singles.filter((r) => r.status === 'aktif');
  const inactive = singles.filter((r) => r.status === 'tidak_aktif');
  const otherUnit = (r: DemoRegistration) => demo.units.find((u) => u.name !== r.unitName)!;

  it('follow an import that adds, moves first registrations, flips active and creates a unit, then its undo', async () => {
    await db.exec('update campaign set is_demo = false'); // imports now add to the data rather than replace the demo
    const before = await stored(db);
    const moved = active[0]!;
    const target = otherUnit(moved);
    const file: DemoRegistration[] = [
      // An earlier registration in another unit: the worker's first registration moves to that unit and date.
      { ...moved, registrationNo: 'RB-0000001', registeredOn: '2023-11-01', unitName: target.name, kecamatan: target.kecamatan, occupation: 'Tukang Uji' },
      // Updates: an active worker lapses, an inactive one pays again; another changes unit and date (its only registration).
      { ...active[1]!, status: 'tidak_aktif' },
      { ...inactive[0]!, status: 'aktif', activeUntil: '2026-12-10' },
      { ...active[2]!, registeredOn: '2024-02-02', unitName: otherUnit(active[2]!).name, kecamatan: otherUnit(active[2]!).kecamatan },
      // New workers, one in a unit the import creates.
      { ...active[3]!, registrationNo: 'RB-0000002', workerNik: '3310999900000001', registeredOn: '2026-11-20', activeUntil: '2026-12-01' },
      { ...active[3]!, registrationNo: 'RB-0000003', workerNik: '3310999900000002', registeredOn: '2026-11-21', unitName: 'Dinas Uji Coba', kecamatan: 'Cawas' },
    ];
    const id = await importRows(db, file, TODAY);
    const after = await expectRollupsFromScratch(db);
    expect(after).not.toEqual(before);
    const occupations = after.occupations as { occupation: string }[];
    expect(occupations.some((o) => o.occupation === 'Tukang Uji')).toBe(true);
    expect(after.workers.length).toBe(before.workers.length + 2);
    // The refreshed runs of cover are what a rebuild makes of the same registrations.
    const refreshedCover = await storedCover(db);
    await rebuildRollups(db);
    expect(await storedCover(db)).toEqual(refreshedCover);

    // A later data date moves what "expiring" speaks for: everything is recomputed for it, and back on undo.
    const later = await importRows(db, [{ ...active[4]!, registrationNo: 'RB-0000004', workerNik: '3310999900000003', registeredOn: '2026-12-01', activeUntil: '2026-12-31' }], LATER);
    expect((await expectRollupsFromScratch(db)).expiring).not.toEqual(after.expiring);
    await undoImport(db, later);
    expect(await expectRollupsFromScratch(db)).toEqual(after);

    await undoImport(db, id);
    expect(await expectRollupsFromScratch(db)).toEqual(before);
  });

  it('stay as they were when an import is refused or fails after writing', async () => {
    const before = await expectRollupsFromScratch(db);
    const beforeCover = await storedCover(db);
    // Refused: a row with errors, without "valid rows only".
    const bad = { ...active[5]!, registrationNo: 'RB-0000005', workerNik: '3310999900000004', registeredOn: 'bukan tanggal' };
    await expect(importRows(db, [bad, { ...active[6]!, status: 'tidak_aktif' }], TODAY)).rejects.toBeInstanceOf(ImportStateError);
    expect(await stored(db)).toEqual(before);

    // Fails at its very end, after the rollups were refreshed: the transaction takes them back too.
    await db.exec(`create function fail_apply() returns trigger language plpgsql as $$
                   begin if new.status = 'applied' then raise exception 'uji: gagal di akhir'; end if; return new; end $$;
                   create trigger fail_apply before update on imports for each row execute function fail_apply();`);
    try {
      await expect(importRows(db, [{ ...active[6]!, status: 'tidak_aktif' }, { ...active[7]!, registeredOn: '2023-11-14' }], TODAY)).rejects.toThrow(/gagal di akhir/);
    } finally {
      await db.exec('drop trigger fail_apply on imports; drop function fail_apply();');
    }
    expect(await stored(db)).toEqual(before);
    expect(await storedCover(db)).toEqual(beforeCover);
  });

  it('leave expiring to the registrations while one is dated after the data date', async () => {
    const [w] = await db.query<{ worker_key: string; unit_id: number }>(`select worker_key, unit_id from worker_firsts where cover_until <= ${DATA_DATE} + 30 order by worker_key limit 1`);
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into registrations select 'RB-FUTURE', ${DATA_DATE} + 3, unit_id, occupation, monthly_contribution, 'aktif', null, worker_key, registrant_key, load_id
           from registrations where worker_key = $1 limit 1`,
        [w!.worker_key],
      );
      await refreshRollups(tx, [w!.worker_key]);
    });
    const exact = new Map((await db.query<{ unit_id: number; n: number }>(EXPIRING_EXACT)).map((r) => [r.unit_id, r.n]));
    const units = await queryUnits(db);
    expect(units.rows.map((u) => [u.id, u.expiringNext30Days])).toEqual(units.rows.map((u) => [u.id, exact.get(u.id) ?? 0]));
    // The rollup speaks for dates on or after every registration: there the worker is covered without end, while on
    // the data date their cover ends within 30 days. The breakdown counts them, from the registrations.
    const [rolled] = await db.query<{ cover_until: string }>('select cover_until::text from worker_firsts where worker_key = $1', [w!.worker_key]);
    expect(rolled!.cover_until).toBe('infinity');
    expect(exact.get(w!.unit_id)).toBeGreaterThan(0);
    await expectRollupsFromScratch(db);
    await db.transaction(async (tx) => {
      await tx.query(`delete from registrations where registration_no = 'RB-FUTURE'`);
      await refreshRollups(tx, [w!.worker_key]);
    });
  });

  it('rebuild from scratch to the same state', async () => {
    const before = await stored(db);
    const beforeCover = await storedCover(db);
    expect(beforeCover.runs.length).toBeGreaterThan(1_000);
    await db.exec('delete from worker_firsts; delete from rollup_daily; delete from rollup_unit_cover; delete from rollup_unit_cover_months; delete from rollup_cover_days');
    await rebuildRollups(db);
    expect(await stored(db)).toEqual(before);
    expect(await storedCover(db)).toEqual(beforeCover);
    await expectRollupsFromScratch(db);
  });

  it('hold only the new data after the first import replaces the demo', async () => {
    await db.exec('update campaign set is_demo = true');
    await importRows(db, [active[8]!, active[9]!, { ...active[9]!, registrationNo: 'RB-0000006', registeredOn: '2026-11-22' }], TODAY);
    const after = await expectRollupsFromScratch(db);
    expect(after.workers).toHaveLength(2);
  });
});
