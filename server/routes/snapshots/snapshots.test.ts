import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, apiPaths } from '../../../contract/paths';
import { CreatedSnapshot, parseSnapshotPath, Snapshot, SnapshotList, SNAPSHOT_TOKEN_PATTERN } from '../../../contract/snapshots';
import { Summary } from '../../../contract/summary';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../../tests/support/auth';
import { testPseudonymize } from '../../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../../tests/support/test-db';
import { createApp } from '../../app';
import type { Db } from '../../db/client';
import { registrationCsv } from '../../demo/recap-file';
import { generateDemoCampaign } from '../../demo/generate';
import { seedDemoCampaign } from '../../demo/seed';
import { SNAPSHOT_LOOKUP_LIMIT } from './snapshots.queries';

const TODAY = '2025-02-10';
const DAY = 86_400_000;

describe('parseSnapshotPath', () => {
  it('knows the shareable pages and nothing else', () => {
    expect(parseSnapshotPath('/')).toEqual({ page: '/' });
    expect(parseSnapshotPath('/peringkat/')).toEqual({ page: '/peringkat' });
    expect(parseSnapshotPath('/unit/12')).toEqual({ page: '/unit/:id', unit: 12 });
    expect(parseSnapshotPath('/kecamatan/Klaten%20Utara')).toEqual({ page: '/kecamatan/:name', kecamatan: 'Klaten Utara' });
    for (const bad of ['', '/admin/impor', '/unit/0', '/unit/abc', '/kecamatan/', '/kecamatan/%E0%A4%A', '/s/abc', 'peringkat', '/peringkat?x=1']) {
      expect(parseSnapshotPath(bad), bad).toBeNull();
    }
  });
});

describe.each(testDrivers)('snapshots on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let clock = new Date(`${TODAY}T05:00:00.000Z`);
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let adminUser: Awaited<ReturnType<typeof addTestUser>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;
  let nextIp = 1;
  /** Each test guesses from its own address, so one test's failures do not throttle another. */
  const freshIp = () => `198.51.100.${nextIp++}`;
  let ip = freshIp();

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, generateDemoCampaign({ today: TODAY }), testPseudonymize);
    app = createApp({
      db,
      auth: { hash: TEST_HASH, now: () => clock, trustProxy: true },
      imports: { maxBytes: 1e7, pseudonymize: testPseudonymize, today: () => TODAY },
    });
    adminUser = await addTestUser(db, { username: 'andry', role: 'admin', displayName: 'Andry Admin' });
    admin = await addTestSession(db, adminUser, clock);
    viewer = await addTestSession(db, await addTestUser(db, { username: 'lihat', role: 'viewer', displayName: 'Staf Uji Lihat' }), clock);
  });
  afterAll(async () => {
    await db?.close();
  });

  type Session = typeof admin;
  const post = (path: string, body: unknown, session: Session | null) =>
    app.request(`${API_BASE}${path}`, { method: 'POST', headers: sessionHeaders(session, 'POST'), body: JSON.stringify(body) });
  const open = (token: string, headers: Record<string, string> = {}) =>
    app.request(`${API_BASE}${apiPaths.snapshot.replace('{token}', token)}`, { headers: { 'X-Forwarded-For': ip, ...headers } });
  const create = async (body: Record<string, unknown>, session: Session = viewer) => {
    const res = await post(apiPaths.snapshots, { title: 'Progres mingguan', view: { path: '/' }, ...body }, session);
    expect(res.status, await res.clone().text()).toBe(201);
    return CreatedSnapshot.parse(await res.json());
  };
  const list = async (session: Session = admin) => {
    const res = await app.request(`${API_BASE}${apiPaths.adminSnapshots}`, { headers: sessionHeaders(session) });
    expect(res.status).toBe(200);
    return SnapshotList.parse(await res.json());
  };
  const revoke = (id: number, session: Session | null = admin) => post(apiPaths.adminSnapshotRevoke.replace('{id}', String(id)), {}, session);
  const liveSummary = async () => Summary.parse(await (await app.request(`${API_BASE}${apiPaths.summary}`)).json());

  it('a signed-in viewer creates a link with a 256-bit token; it opens without a session and counts the open', async () => {
    const created = await create({ title: 'Rapat Korpri', note: 'Angka untuk rapat', view: { path: '/peringkat', params: { metric: 'percent', lang: 'en' } } });
    expect(created.token).toMatch(SNAPSHOT_TOKEN_PATTERN);
    expect(Buffer.from(created.token, 'base64url')).toHaveLength(32);
    expect(created.url).toBe(`/s/${created.token}`);
    expect(Date.parse(created.expiresAt) - clock.getTime()).toBe(30 * DAY);

    const res = await open(created.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const snap = Snapshot.parse(await res.json());
    const live = await liveSummary();
    expect(snap).toMatchObject({ title: 'Rapat Korpri', note: 'Angka untuk rapat', author: 'Staf Uji Lihat', asOf: live.asOf, asOfDate: TODAY });
    expect(snap.view).toEqual({ path: '/peringkat', params: { metric: 'percent', lang: 'en' } });
    expect(snap.data.summary).toEqual(live);
    const liveRanking = await (await app.request(`${API_BASE}${apiPaths.ranking}?metric=percent`)).json();
    expect(snap.data.rankingPercent).toEqual(liveRanking);
    expect(snap.data.rankingHistoryCount?.metric).toBe('count');

    await open(created.token);
    const item = (await list()).snapshots.find((s) => s.id === created.id)!;
    expect(item).toMatchObject({ opens: 2, status: 'live', author: 'Staf Uji Lihat', title: 'Rapat Korpri' });
    expect(JSON.stringify(await list())).not.toContain(created.token);
  });

  it('stores the token only as its SHA-256 hash, and no personal data in the payload', async () => {
    const created = await create({ view: { path: '/unit/1' } });
    const rows = await db.query<Record<string, unknown>>('select * from snapshots where id = $1', [created.id]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(created.token);
    const { createHash } = await import('node:crypto');
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    const demo = generateDemoCampaign({ today: TODAY });
    for (const r of [...demo.registrations()].slice(0, 100)) {
      for (const value of [r.workerNik, r.registrantNip, r.workerName, testPseudonymize(r.workerNik)]) expect(text.includes(value), value).toBe(false);
    }
    const snap = Snapshot.parse(await (await open(created.token)).json());
    expect(snap.data.occupations?.scope).toMatchObject({ kind: 'unit', id: 1 });
    expect(snap.data.timeseriesDay?.interval).toBe('day');
  });

  it('refuses unknown pages, bad expiry and anonymous or cross-site creation', async () => {
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/admin/impor' } }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/unit/99999' } }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/kecamatan/Atlantis' } }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/' }, expiresInDays: 0 }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/' }, expiresInDays: 366 }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: '', view: { path: '/' } }, viewer)).status).toBe(400);
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/' } }, null)).status).toBe(401);
    const noCsrf = await app.request(`${API_BASE}${apiPaths.snapshots}`, {
      method: 'POST',
      headers: { ...sessionHeaders(viewer, 'POST'), 'X-CSRF-Token': 'salah' },
      body: JSON.stringify({ title: 'x', view: { path: '/' } }),
    });
    expect(noCsrf.status).toBe(403);
    const created = await create({ view: { path: '/kecamatan/cawas' }, expiresInDays: 365 });
    expect(Date.parse(created.expiresAt) - clock.getTime()).toBe(365 * DAY);
    expect(Snapshot.parse(await (await open(created.token)).json()).data.occupations?.scope).toEqual({ kind: 'kecamatan', name: 'Cawas' });
  });

  it('a viewer can create but neither list nor revoke; anonymous gets 401', async () => {
    const created = await create({});
    expect((await app.request(`${API_BASE}${apiPaths.adminSnapshots}`, { headers: sessionHeaders(viewer) })).status).toBe(403);
    expect((await app.request(`${API_BASE}${apiPaths.adminSnapshots}`)).status).toBe(401);
    expect((await revoke(created.id, viewer)).status).toBe(403);
    expect((await revoke(created.id, null)).status).toBe(401);
    expect((await open(created.token)).status).toBe(200);
  });

  it('expires after the chosen days: 410 with a clear message and never the data', async () => {
    ip = freshIp();
    const created = await create({ expiresInDays: 1 });
    expect((await open(created.token)).status).toBe(200);
    const saved = clock;
    try {
      clock = new Date(saved.getTime() + DAY + 1000);
      const res = await open(created.token);
      expect(res.status).toBe(410);
      const body = await res.json();
      expect(body.error.code).toBe('snapshot_expired');
      expect(body.error.message).toContain('kedaluwarsa');
      expect(JSON.stringify(body)).not.toContain('registered');
      const later = await addTestSession(db, adminUser, clock);
      expect((await list(later)).snapshots.find((s) => s.id === created.id)?.status).toBe('expired');
    } finally {
      clock = saved;
    }
  });

  it('revoke: 410 at once and for good, even past a second revoke; unknown ids 404', async () => {
    ip = freshIp();
    const created = await create({});
    expect((await open(created.token)).status).toBe(200);
    const res = await revoke(created.id);
    expect(res.status).toBe(200);
    const item = await res.json();
    expect(item).toMatchObject({ id: created.id, status: 'revoked' });
    const gone = await open(created.token);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error).toMatchObject({ code: 'snapshot_revoked', message: expect.stringContaining('dicabut') });
    clock = new Date(clock.getTime() + 1000);
    const again = await (await revoke(created.id)).json();
    expect(again.revokedAt).toBe(item.revokedAt);
    // Not even the database brings it back.
    await expect(db.query('update snapshots set revoked_at = null where id = $1', [created.id])).rejects.toThrow(/revoked/);
    expect((await open(created.token)).status).toBe(410);
    expect((await revoke(987_654)).status).toBe(404);
    const after = (await list()).snapshots.find((s) => s.id === created.id)!;
    expect(after).toMatchObject({ status: 'revoked', opens: 1 });
  });

  it('unknown or malformed tokens answer 404', async () => {
    ip = freshIp();
    const created = await create({});
    const flipped = (created.token[0] === 'A' ? 'B' : 'A') + created.token.slice(1);
    for (const token of [flipped, 'abc', 'x'.repeat(43)]) {
      const res = await open(token);
      expect(res.status, token).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });

  it('rate-limits guessing per client address: 429 after the limit, other addresses unaffected, reset after the window', async () => {
    ip = freshIp();
    const created = await create({});
    const guess = () => open('g'.repeat(43));
    for (let i = 0; i < SNAPSHOT_LOOKUP_LIMIT.maxFailures; i++) expect((await guess()).status).toBe(404);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await open(created.token)).status).toBe(429);
    const other = ip;
    ip = freshIp();
    expect((await open(created.token)).status).toBe(200);
    ip = other;
    const saved = clock;
    try {
      clock = new Date(saved.getTime() + SNAPSHOT_LOOKUP_LIMIT.windowMs + 1000);
      expect((await open(created.token)).status).toBe(200);
      expect((await guess()).status).toBe(404);
    } finally {
      clock = saved;
    }
  });

  it('with the built SPA served too, a bad API token stays JSON, never the SPA shell', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pp-spa-'));
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>Pantau Peduli</title><div id="root"></div>');
      const spa = createApp({ db, staticDir: dir, auth: { hash: TEST_HASH, now: () => clock, trustProxy: true } });
      ip = freshIp();
      const api = await spa.request(`${API_BASE}/snapshots/${'a'.repeat(43)}`, { headers: { 'X-Forwarded-For': ip } });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toContain('application/json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Last: the import replaces the demo data the tests above read.
  it('keeps its numbers after a later import, while the live numbers change', async () => {
    ip = freshIp();
    const before = await liveSummary();
    const home = await create({ view: { path: '/' } });
    const coverage = await create({ view: { path: '/cakupan' } });
    const frozenHome = Snapshot.parse(await (await open(home.token)).json());
    const frozenCoverage = Snapshot.parse(await (await open(coverage.token)).json());
    expect(frozenHome.data.summary.registered).toBe(before.registered);
    expect(frozenCoverage.data.coverage).toEqual(await (await app.request(`${API_BASE}${apiPaths.coverage}`)).json());

    const rows = [...generateDemoCampaign({ today: TODAY }).registrations()].slice(0, 50);
    const upload = await app.request(`${API_BASE}${apiPaths.adminImports}?fileName=rekap.csv`, {
      method: 'POST',
      headers: { ...sessionHeaders(admin, 'POST'), 'Content-Type': 'application/octet-stream' },
      body: [...registrationCsv(rows)].join(''),
    });
    expect(upload.status).toBe(201);
    const { id } = await upload.json();
    const applied = await post(apiPaths.adminImportApply.replace('{id}', String(id)), {}, admin);
    expect(applied.status, await applied.clone().text()).toBe(200);

    const after = await liveSummary();
    expect(after.registered).not.toBe(before.registered);
    expect(Snapshot.parse(await (await open(home.token)).json())).toEqual(frozenHome);
    expect(Snapshot.parse(await (await open(coverage.token)).json())).toEqual(frozenCoverage);
  });
});
