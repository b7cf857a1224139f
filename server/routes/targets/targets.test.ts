import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnitBreakdown } from '../../../contract/breakdowns';
import { addDays } from '../../../contract/dates';
import { EventList } from '../../../contract/events';
import { API_BASE, apiPaths } from '../../../contract/paths';
import { Summary } from '../../../contract/summary';
import { TargetHistory } from '../../../contract/targets';
import { Timeseries } from '../../../contract/timeseries';
import { toWorkers } from '../../../mocks/data/reference-aggregates';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../../tests/support/auth';
import { testPseudonymize } from '../../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../../tests/support/test-db';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { openDatabase, type Db } from '../../db/client';
import { loadMigrations, migrate } from '../../db/migrate';
import { syncReferenceData } from '../../db/reference-data';
import { generateDemoCampaign, LAUNCH_DATE } from '../../demo/generate';
import { seedDemoCampaign } from '../../demo/seed';
import { prepareDatabase } from '../../start';

const TODAY = '2025-02-10';
/** 12.00 WIB on TODAY: the server's clock in these tests. */
const NOW = new Date(`${TODAY}T05:00:00.000Z`);

describe.each(testDrivers)('targets with history on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;
  const demo = generateDemoCampaign({ today: TODAY });
  const workers = toWorkers([...demo.registrations()]);
  const rsud = demo.units.find((u) => u.name === 'RSUD Bagas Waras')!;

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, demo, testPseudonymize);
    app = createApp({ db, auth: { hash: TEST_HASH, now: () => NOW }, imports: { maxBytes: 1e7, pseudonymize: testPseudonymize, today: () => TODAY } });
    admin = await addTestSession(db, await addTestUser(db, { username: 'andry', role: 'admin' }), NOW);
    viewer = await addTestSession(db, await addTestUser(db, { username: 'lihat', role: 'viewer' }), NOW);
  });
  afterAll(async () => {
    await db?.close();
  });

  const get = async (path: string) => {
    const res = await app.request(`${API_BASE}${path}`);
    expect(res.status, path).toBe(200);
    return res.json();
  };
  const history = async () => TargetHistory.parse(await get(apiPaths.targets));
  const send = (method: string, path: string, body: unknown, session: typeof admin | null = admin) =>
    app.request(`${API_BASE}${path}`, { method, headers: sessionHeaders(session, method), body: JSON.stringify(body) });
  const unitPath = (id: number) => apiPaths.adminUnitTarget.replace('{id}', String(id));
  const unitIdOf = async (name: string) => UnitBreakdown.parse(await get(apiPaths.units)).rows.find((u) => u.name === name)!.id;
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it("tells the demo's history: the launch target, then the ASN count corrected from the BKPSDM data", async () => {
    const h = await history();
    expect(h.current).toEqual({ asnCount: 11_000, workersPerAsn: 1, target: 11_000, launchDate: LAUNCH_DATE, deadline: demo.campaign.deadline });
    expect(h.versions).toHaveLength(3);
    const [unit, correction, launch] = h.versions;
    expect(launch).toMatchObject({ unitId: null, effectiveFrom: LAUNCH_DATE, asnCount: 10_800, target: 10_800, previous: null, changedBy: null });
    expect(correction).toMatchObject({
      unitId: null, effectiveFrom: '2024-03-04', asnCount: 11_000, target: 11_000, changedBy: 'demo',
      previous: { asnCount: 10_800, workersPerAsn: 1, target: 10_800, deadline: demo.campaign.deadline },
    });
    expect(correction!.note).toContain('BKPSDM');
    expect(unit).toMatchObject({ unitName: 'RSUD Bagas Waras', asnCount: rsud.asnCount, deadline: null, previous: { asnCount: rsud.asnCount - 200, deadline: null } });
  });

  it('marks the correction on the charts as a target event with its before/after, and the step in targetSteps', async () => {
    const { events } = EventList.parse(await get(apiPaths.events));
    const targetEvents = events.filter((e) => e.kind === 'target');
    expect(targetEvents).toHaveLength(1); // unit versions stay off the campaign's charts
    const e = targetEvents[0]!;
    expect(e).toMatchObject({ date: '2024-03-04', title: 'Target diubah: 10.800 → 11.000 pekerja', editable: false });
    expect(e.id).toMatch(/^t\d+$/);
    const between = (from: string, to: string) => workers.filter((w) => w.registeredOn >= from && w.registeredOn < to).length;
    expect(e.before).toBe(between(addDays(e.date, -14), e.date));
    expect(e.after).toBe(between(e.date, addDays(e.date, 14)));
    const series = Timeseries.parse(await get(apiPaths.timeseries));
    expect(series.scope).toEqual({ kind: 'campaign' });
    expect(series.targetSteps).toEqual([
      { from: LAUNCH_DATE, target: 10_800 },
      { from: '2024-03-04', target: 11_000 },
    ]);
  });

  it('lets an admin change the campaign target: a new version, the current values, the summary and an event', async () => {
    const res = await send('POST', apiPaths.adminTargets, { asnCount: 11_250, workersPerAsn: 1, deadline: '2026-06-30', effectiveFrom: TODAY, note: '  data BKPSDM Januari 2025 ' });
    expect(res.status).toBe(201);
    const h = TargetHistory.parse(await res.json());
    expect(h.current).toMatchObject({ asnCount: 11_250, target: 11_250, deadline: '2026-06-30' });
    expect(h.versions[0]).toMatchObject({
      unitId: null, effectiveFrom: TODAY, asnCount: 11_250, target: 11_250, deadline: '2026-06-30', note: 'data BKPSDM Januari 2025', changedBy: 'andry',
      previous: { asnCount: 11_000, workersPerAsn: 1, target: 11_000, deadline: demo.campaign.deadline },
    });
    expect(await history()).toEqual(h);
    const summary = Summary.parse(await get(apiPaths.summary));
    expect(summary).toMatchObject({ asnCount: 11_250, target: 11_250, deadline: '2026-06-30' });
    const series = Timeseries.parse(await get(`${apiPaths.timeseries}?interval=month`));
    expect(series.target).toBe(11_250);
    expect(series.targetSteps.at(-1)).toEqual({ from: TODAY, target: 11_250 });
    const { events } = EventList.parse(await get(apiPaths.events));
    expect(events.find((e) => e.kind === 'target' && e.date === TODAY)).toMatchObject({
      title: 'Target diubah: 11.000 → 11.250 pekerja, tenggat 30 Jun 2026', note: 'data BKPSDM Januari 2025', editable: false,
    });

    // Workers per ASN too: 5.625 ASN x 2 is the same target, said as such.
    const ratio = await send('POST', apiPaths.adminTargets, { asnCount: 5_625, workersPerAsn: 2, deadline: '2026-06-30', effectiveFrom: TODAY, note: null });
    expect(ratio.status).toBe(201);
    const after = EventList.parse(await get(apiPaths.events)).events.filter((e) => e.kind === 'target' && e.date === TODAY);
    expect(after.map((e) => e.title)).toContain('Target dihitung ulang: 11.250 ASN × 1 → 5.625 ASN × 2');
    // Back to one worker per ASN, the deadline alone moved.
    expect((await send('POST', apiPaths.adminTargets, { asnCount: 11_250, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: TODAY })).status).toBe(201);
    const last = EventList.parse(await get(apiPaths.events)).events.filter((e) => e.kind === 'target').at(-1);
    expect(last!.title).toBe('Tenggat diubah: 30 Jun 2026 → 31 Des 2026');
    // Three changes on one day: one step, the last one's target.
    expect(Timeseries.parse(await get(apiPaths.timeseries)).targetSteps.filter((s) => s.from === TODAY)).toEqual([{ from: TODAY, target: 11_250 }]);
  });

  it('refuses a bad change with 400 in Indonesian, naming the field, and changes nothing', async () => {
    const before = await history();
    const refused = async (body: Record<string, unknown>, ...expected: string[]) => {
      const res = await send('POST', apiPaths.adminTargets, { asnCount: 11_300, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: TODAY, ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { message } = await errorOf(res);
      for (const text of expected) expect(message).toContain(text);
      return message;
    };
    await refused({ effectiveFrom: '2023-11-12' }, 'effectiveFrom', 'sebelum peluncuran kampanye (13 Nov 2023)');
    await refused({ effectiveFrom: addDays(TODAY, 1) }, 'effectiveFrom', 'masa depan');
    await refused({ effectiveFrom: '2024-12-01' }, 'effectiveFrom', 'perubahan target terakhir (10 Feb 2025)');
    await refused({ deadline: '2023-11-13' }, 'deadline', 'setelah tanggal peluncuran');
    await refused({ asnCount: 0, workersPerAsn: 1.5 }, 'asnCount', 'jumlah ASN harus lebih dari 0', 'workersPerAsn');
    await refused({ effectiveFrom: '2025-02-30' }, 'effectiveFrom');
    await refused({ asnCount: 11_250 }, 'asnCount', 'tidak ada perubahan');
    await refused({ note: 'x'.repeat(501) }, 'note', 'catatan maksimal 500 karakter');
    expect(await history()).toEqual(before);
  });

  it("lets an admin change one unit's ASN count: its target, its targetSteps, the history; unknown unit 404", async () => {
    const id = await unitIdOf('Kecamatan Cawas');
    const unitBefore = UnitBreakdown.parse(await get(apiPaths.units)).rows.find((u) => u.id === id)!;
    const res = await send('PUT', unitPath(id), { asnCount: unitBefore.asnCount + 5, effectiveFrom: '2025-01-06', note: 'mutasi' });
    expect(res.status).toBe(200);
    const h = TargetHistory.parse(await res.json());
    expect(h.versions[0]).toMatchObject({
      unitId: id, unitName: 'Kecamatan Cawas', effectiveFrom: '2025-01-06', asnCount: unitBefore.asnCount + 5, workersPerAsn: 1, deadline: null,
      previous: { asnCount: unitBefore.asnCount, workersPerAsn: 1, target: unitBefore.asnCount, deadline: null }, note: 'mutasi', changedBy: 'andry',
    });
    expect(h.current.asnCount).toBe(11_250); // the campaign's own count is kept apart
    const unitAfter = UnitBreakdown.parse(await get(apiPaths.units)).rows.find((u) => u.id === id)!;
    expect(unitAfter).toMatchObject({ asnCount: unitBefore.asnCount + 5, target: unitBefore.asnCount + 5 });

    const series = Timeseries.parse(await get(`${apiPaths.timeseries}?unit=${id}`));
    expect(series.scope).toMatchObject({ kind: 'unit', id, name: 'Kecamatan Cawas', unitKind: 'kecamatan', kecamatan: 'Cawas' });
    expect(series.target).toBe(unitBefore.asnCount + 5);
    expect(series.targetSteps).toEqual([
      { from: LAUNCH_DATE, target: unitBefore.asnCount },
      { from: '2025-01-06', target: unitBefore.asnCount + 5 },
    ]);
    expect(series.points.at(-1)!.cumulative).toBe(unitAfter.registered);
    const kec = Timeseries.parse(await get(`${apiPaths.timeseries}?kecamatan=cawas`));
    expect(kec.scope).toEqual({ kind: 'kecamatan', name: 'Cawas' });
    const inCawas = UnitBreakdown.parse(await get(apiPaths.units)).rows.filter((u) => u.kecamatan === 'Cawas');
    expect(kec.target).toBe(inCawas.reduce((a, u) => a + u.target, 0));
    expect(kec.targetSteps.map((s) => s.from)).toEqual([LAUNCH_DATE, '2025-01-06']);
    expect(kec.targetSteps[1]!.target - kec.targetSteps[0]!.target).toBe(5);

    expect((await send('PUT', unitPath(id), { asnCount: 3, effectiveFrom: '2024-12-31' })).status).toBe(400);
    const missing = await send('PUT', unitPath(99_999), { asnCount: 3, effectiveFrom: TODAY });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe('Unit #99999 tidak ditemukan.');
    const same = await send('PUT', unitPath(id), { asnCount: unitBefore.asnCount + 5, effectiveFrom: TODAY });
    expect((await errorOf(same)).message).toContain('tidak ada perubahan');
    const negative = await send('PUT', unitPath(id), { asnCount: -1, effectiveFrom: TODAY });
    expect((await errorOf(negative)).message).toContain('asnCount: jumlah ASN tidak boleh negatif');
  });

  it('is read by anyone, changed by admins only, and never without the CSRF token', async () => {
    expect((await app.request(`${API_BASE}${apiPaths.targets}`)).status).toBe(200);
    const body = { asnCount: 12_000, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: TODAY };
    expect((await send('POST', apiPaths.adminTargets, body, viewer)).status).toBe(403);
    expect((await send('PUT', unitPath(1), { asnCount: 1, effectiveFrom: TODAY }, viewer)).status).toBe(403);
    expect((await send('POST', apiPaths.adminTargets, body, null)).status).toBe(401);
    const noToken = await app.request(`${API_BASE}${apiPaths.adminTargets}`, {
      method: 'POST', headers: { ...sessionHeaders(admin, 'POST'), 'X-CSRF-Token': 'wrong' }, body: JSON.stringify(body),
    });
    expect(noToken.status).toBe(403);
    expect((await errorOf(noToken)).code).toBe('csrf_failed');
    expect((await history()).current.asnCount).toBe(11_250);
  });

  it('narrows the time series and the occupation mix to a unit or a kecamatan, and refuses both at once or unknown ones', async () => {
    const id = await unitIdOf('RSUD Bagas Waras');
    const mine = workers.filter((w) => w.unitName === 'RSUD Bagas Waras');
    const occupations = await get(`${apiPaths.occupations}?unit=${id}`);
    expect(occupations.scope).toMatchObject({ kind: 'unit', id, name: 'RSUD Bagas Waras' });
    expect(occupations.rows.reduce((a: number, r: { registered: number }) => a + r.registered, 0)).toBe(mine.length);
    const series = Timeseries.parse(await get(`${apiPaths.timeseries}?unit=${id}&interval=week`));
    expect(series.points.reduce((a, p) => a + p.new, 0)).toBe(mine.length);
    expect(series.targetSteps).toEqual([
      { from: LAUNCH_DATE, target: rsud.asnCount - 200 },
      { from: '2024-03-04', target: rsud.asnCount },
    ]);

    const both = await app.request(`${API_BASE}${apiPaths.timeseries}?unit=${id}&kecamatan=Cawas`);
    expect(both.status).toBe(400);
    expect((await errorOf(both)).message).toContain('tidak keduanya');
    expect((await app.request(`${API_BASE}${apiPaths.occupations}?unit=${id}&kecamatan=Cawas`)).status).toBe(400);
    for (const path of [apiPaths.timeseries, apiPaths.occupations]) {
      const unknownUnit = await app.request(`${API_BASE}${path}?unit=99999`);
      expect(unknownUnit.status).toBe(404);
      expect((await errorOf(unknownUnit)).message).toContain('tidak ditemukan');
      expect((await app.request(`${API_BASE}${path}?kecamatan=Klaten%20Timur`)).status).toBe(404);
      expect((await app.request(`${API_BASE}${path}?unit=abc`)).status).toBe(400);
    }
  });

  it('starts the history afresh when the first real import replaces the demo', async () => {
    const rows = [...generateDemoCampaign({ today: TODAY }).registrations()].slice(0, 20);
    const { registrationCsv } = await import('../../demo/recap-file');
    const upload = await app.request(`${API_BASE}${apiPaths.adminImports}?fileName=rekap.csv`, {
      method: 'POST', headers: { ...sessionHeaders(admin, 'POST'), 'Content-Type': 'application/octet-stream' }, body: [...registrationCsv(rows)].join(''),
    });
    const { id } = await upload.json();
    expect((await send('POST', apiPaths.adminImportApply.replace('{id}', String(id)), {})).status).toBe(200);
    const h = await history();
    expect(h.versions).toEqual([expect.objectContaining({ unitId: null, effectiveFrom: LAUNCH_DATE, asnCount: 11_250, previous: null, changedBy: null })]);
    expect(EventList.parse(await get(apiPaths.events)).events.filter((e) => e.kind === 'target')).toEqual([]);
  });
});

describe('target history in an existing database', () => {
  it('backfills one version from the campaign row when migration 0005 runs', async () => {
    const db = await openDatabase({ kind: 'pglite' });
    try {
      await db.exec('create table schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())');
      for (const m of (await loadMigrations()).filter((m) => m.version < 5)) {
        await db.exec(m.sql);
        await db.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      }
      await syncReferenceData(db);
      await db.query(
        `insert into campaign (region_code, asn_count, workers_per_asn, monthly_contribution, launch_date, deadline) values ('3310', 10950, 1, 16800, '2023-11-13', '2026-12-31')`,
      );
      expect(await migrate(db)).toContain(5);
      const rows = await db.query('select unit_id, effective_from::text as d, asn_count, workers_per_asn, deadline::text as deadline, previous_asn_count, changed_by from target_versions');
      expect(rows).toEqual([{ unit_id: null, d: '2023-11-13', asn_count: 10_950, workers_per_asn: 1, deadline: '2026-12-31', previous_asn_count: null, changed_by: null }]);
    } finally {
      await db.close();
    }
  });

  it('records the first version at first start without the demo, and a configured deadline as a change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pantau-targets-'));
    try {
      const env = { DATA_DIR: dir, DEMO_DATA: '0', PSEUDONYM_KEY: 'k'.repeat(40), DATABASE_URL: undefined };
      const first = await prepareDatabase(loadConfig(env));
      const h1 = await first.db.query<{ effective_from: string; asn_count: number; changed_by: string | null }>(
        'select effective_from::text as effective_from, asn_count, changed_by from target_versions',
      );
      expect(h1).toEqual([{ effective_from: LAUNCH_DATE, asn_count: 11_000, changed_by: null }]);
      await first.close();
      const second = await prepareDatabase(loadConfig({ ...env, CAMPAIGN_DEADLINE: '2028-06-30' }));
      const h2 = await second.db.query<{ deadline: string; previous_deadline: string | null; note: string | null }>(
        'select deadline::text as deadline, previous_deadline::text as previous_deadline, note from target_versions order by id',
      );
      expect(h2).toHaveLength(2);
      expect(h2[1]).toMatchObject({ deadline: '2028-06-30', note: 'Tenggat dari pengaturan CAMPAIGN_DEADLINE' });
      expect(h2[1]!.previous_deadline).toBe(h2[0]!.deadline);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
