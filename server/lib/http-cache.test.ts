import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTable } from '../../contract/access-policy';
import { API_BASE, apiPaths } from '../../contract/paths';
import { addTestSession, addTestUser, sessionHeaders } from '../../tests/support/auth';
import { testPseudonymize } from '../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../tests/support/test-db';
import { createApp } from '../app';
import type { Db } from '../db/client';
import { registrationCsv } from '../demo/recap-file';
import { generateDemoCampaign } from '../demo/generate';
import { seedDemoCampaign } from '../demo/seed';
import { querySummary } from '../routes/summary/summary.queries';
import { CACHED_PATHS, chooseEncoding, isCachedPath, UNCACHED_PUBLIC_PATHS } from './http-cache';

const SUMMARY = `${API_BASE}${apiPaths.summary}`;
const EVENTS = `${API_BASE}${apiPaths.events}`;
const TIMESERIES = `${API_BASE}${apiPaths.timeseries}`;
const TODAY = '2025-02-10';

/** Every statement the app sends, so a test can tell whether an answer touched the database. */
function countingDb(db: Db) {
  const seen: string[] = [];
  const counted: Db = {
    driver: db.driver,
    query: (sql, params) => {
      seen.push(sql);
      return db.query(sql, params);
    },
    exec: (sql) => {
      seen.push(sql);
      return db.exec(sql);
    },
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
  /** Statements since `from`, apart from the version checks. */
  const dataQueries = (from: number) => seen.slice(from).filter((sql) => !sql.includes('data_version'));
  return { counted, seen, dataQueries };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('which answers are kept', () => {
  it('keeps only public GETs, and every public GET is either kept or left out for a stated reason', () => {
    const publicGets = accessTable.filter((r) => r.method === 'GET' && r.access === 'public' && r.path.startsWith('/api/')).map((r) => r.path);
    for (const path of CACHED_PATHS) expect(publicGets, path).toContain(path);
    expect([...publicGets].sort()).toEqual([...CACHED_PATHS, ...Object.keys(UNCACHED_PUBLIC_PATHS)].sort());
    for (const path of ['/api/auth/me', '/api/admin/users', '/api/admin/imports', '/api/health', '/api/snapshots/abc', '/api/admin/snapshots']) {
      expect(isCachedPath(path), path).toBe(false);
    }
    expect(isCachedPath('/api/summary/')).toBe(true);
  });

  it('picks br, then gzip, as the client allows', () => {
    expect(chooseEncoding('gzip, deflate, br', 5000)).toBe('br');
    expect(chooseEncoding('gzip;q=1, br;q=0.5', 5000)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', 5000)).toBe('gzip');
    expect(chooseEncoding('identity', 5000)).toBeNull();
    expect(chooseEncoding('*', 5000)).toBe('br');
    expect(chooseEncoding('gzip', 100)).toBeNull();
    expect(chooseEncoding(undefined, 5000)).toBeNull();
  });
});

describe.each(testDrivers)('HTTP cache on %s', (driver) => {
  let db: Db;
  let counting: ReturnType<typeof countingDb>;
  let app: ReturnType<typeof createApp>;
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;

  const send = (method: string, path: string, body: unknown) =>
    app.request(`${API_BASE}${path}`, { method, headers: sessionHeaders(admin, method), body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, generateDemoCampaign({ today: TODAY }), testPseudonymize);
    admin = await addTestSession(db, await addTestUser(db, { username: 'admin-cache', role: 'admin' }));
    viewer = await addTestSession(db, await addTestUser(db, { username: 'viewer-cache', role: 'viewer' }));
    counting = countingDb(db);
    app = createApp({ db: counting.counted });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers with a strong ETag and no-cache, 304 without a body on a match, and the hit touches no data', async () => {
    const first = await app.request(SUMMARY);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    expect(first.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    const body = await first.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(await querySummary(db))));

    const before = counting.seen.length;
    const again = await app.request(SUMMARY);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.json()).toEqual(body);
    const revalidated = await app.request(SUMMARY, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(revalidated.headers.get('ETag')).toBe(etag);
    // A tag weakened by a proxy, or one of the compressed variants, still matches; a different one does not.
    expect((await app.request(SUMMARY, { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await app.request(SUMMARY, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);
    expect(counting.dataQueries(before)).toEqual([]);
  });

  it('compresses the kept answer as br or gzip, each with its own validator', async () => {
    const plain = await (await app.request(TIMESERIES)).text();
    expect(plain.length).toBeGreaterThan(1024);
    const br = await app.request(TIMESERIES, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
    const gz = await app.request(TIMESERIES, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);
    expect(new Set([br.headers.get('ETag'), gz.headers.get('ETag')]).size).toBe(2);
    const notModified = await app.request(TIMESERIES, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': br.headers.get('ETag')! } });
    expect(notModified.status).toBe(304);
  });

  it('shares one entry between orderings of the same query, and never keeps an error', async () => {
    await app.request(`${TIMESERIES}?interval=month&unit=1`);
    const before = counting.seen.length;
    const swapped = await app.request(`${TIMESERIES}?unit=1&interval=month`);
    expect(swapped.status).toBe(200);
    expect(counting.dataQueries(before)).toEqual([]);
    const bad = await app.request(`${TIMESERIES}?interval=year`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('ETag')).toBeNull();
    const badAgain = counting.seen.length;
    expect((await app.request(`${TIMESERIES}?interval=year`)).status).toBe(400);
    expect(counting.seen.length).toBeGreaterThanOrEqual(badAgain);
  });

  it('never keeps or tags staff and session answers', async () => {
    for (const session of [admin, viewer]) {
      const me = await app.request(`${API_BASE}${apiPaths.authMe}`, { headers: sessionHeaders(session) });
      expect(me.status).toBe(200);
      expect(me.headers.get('ETag')).toBeNull();
    }
    const meAdmin = await (await app.request(`${API_BASE}${apiPaths.authMe}`, { headers: sessionHeaders(admin) })).json();
    const meViewer = await (await app.request(`${API_BASE}${apiPaths.authMe}`, { headers: sessionHeaders(viewer) })).json();
    expect(meAdmin).not.toEqual(meViewer);
    const users = await app.request(`${API_BASE}${apiPaths.adminUsers}`, { headers: sessionHeaders(admin) });
    expect(users.status).toBe(200);
    expect(users.headers.get('ETag')).toBeNull();
    // Not a copy for the next caller: without a session the same path is refused, not answered from memory.
    expect((await app.request(`${API_BASE}${apiPaths.adminUsers}`)).status).toBe(401);
    expect((await app.request(`${API_BASE}${apiPaths.adminUsers}`, { headers: sessionHeaders(viewer) })).status).toBe(403);
    const imports = await app.request(`${API_BASE}${apiPaths.adminImports}`, { headers: sessionHeaders(admin) });
    expect(imports.headers.get('ETag')).toBeNull();
    expect((await app.request(`${API_BASE}${apiPaths.adminImports}`)).status).toBe(401);
    // A signed-in reader of a public answer gets the same shared copy as everyone else.
    const anonymous = await app.request(SUMMARY);
    const signedIn = await app.request(SUMMARY, { headers: sessionHeaders(viewer) });
    expect(signedIn.headers.get('ETag')).toBe(anonymous.headers.get('ETag'));
    expect(signedIn.headers.get('Set-Cookie')).toBeNull();
  });

  it('shows an event, a target and an import at once, under a new ETag', async () => {
    const events0 = await app.request(EVENTS);
    const summary0 = await app.request(SUMMARY);

    expect((await send('POST', apiPaths.adminEvents, { date: '2024-03-01', title: 'Sosialisasi uji cache', kind: 'sosialisasi' })).status).toBe(201);
    const events1 = await app.request(EVENTS);
    expect(events1.headers.get('ETag')).not.toBe(events0.headers.get('ETag'));
    expect((await events1.json()).events.map((e: { title: string }) => e.title)).toContain('Sosialisasi uji cache');

    const target = await send('POST', apiPaths.adminTargets, { asnCount: 11_321, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: TODAY, note: null });
    expect(target.status).toBe(201);
    const summary1 = await app.request(SUMMARY);
    expect(summary1.headers.get('ETag')).not.toBe(summary0.headers.get('ETag'));
    const afterTarget = await summary1.json();
    expect(afterTarget.target).toBe(11_321);
    expect(afterTarget).toEqual(JSON.parse(JSON.stringify(await querySummary(db))));

    const rows = [...generateDemoCampaign({ today: TODAY }).registrations()].slice(0, 40);
    const upload = await app.request(`${API_BASE}${apiPaths.adminImports}?fileName=rekap.csv`, {
      method: 'POST',
      headers: { ...sessionHeaders(admin, 'POST'), 'Content-Type': 'application/octet-stream' },
      body: [...registrationCsv(rows)].join(''),
    });
    expect(upload.status).toBe(201);
    const { id } = await upload.json();
    const applied = await send('POST', apiPaths.adminImportApply.replace('{id}', String(id)), { partial: true });
    expect(applied.status).toBe(200);
    const summary2 = await app.request(SUMMARY);
    expect(summary2.headers.get('ETag')).not.toBe(summary1.headers.get('ETag'));
    const afterImport = await summary2.json();
    expect(afterImport).toEqual(JSON.parse(JSON.stringify(await querySummary(db))));
    expect(afterImport.asOf).not.toBe(afterTarget.asOf);
  });

  it('computes 200 identical concurrent misses once', async () => {
    const url = `${TIMESERIES}?interval=week`;
    // One miss alone, for the number of statements it takes.
    expect((await send('POST', apiPaths.adminEvents, { date: '2024-03-02', title: 'Penanda versi 1', kind: 'lainnya' })).status).toBe(201);
    let from = counting.seen.length;
    const single = await app.request(url);
    expect(single.status).toBe(200);
    const perMiss = counting.dataQueries(from).length;
    expect(perMiss).toBeGreaterThan(0);

    expect((await send('POST', apiPaths.adminEvents, { date: '2024-03-03', title: 'Penanda versi 2', kind: 'lainnya' })).status).toBe(201);
    from = counting.seen.length;
    const answers = await Promise.all(Array.from({ length: 200 }, () => app.request(url)));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(new Set(answers.map((r) => r.headers.get('ETag'))).size).toBe(1);
    expect(counting.dataQueries(from).length).toBe(perMiss);
  });

  it('answers from memory while a long transaction holds the database', async () => {
    const warm = await app.request(SUMMARY, { headers: sessionHeaders(viewer) });
    expect(warm.status).toBe(200);
    expect((await app.request(EVENTS)).status).toBe(200);
    const etag = warm.headers.get('ETag');
    let release!: () => void;
    let started!: () => void;
    const open = new Promise<void>((ok) => (started = ok));
    const held = db.transaction(async (tx) => {
      // Like an import: it writes, and its change shows only at commit.
      await tx.query(`insert into events (occurred_on, title, kind) values ('2024-03-04', 'Dalam transaksi', 'lainnya')`);
      started();
      await new Promise<void>((ok) => (release = ok));
    });
    await open;
    try {
      // Past the version's time to live: the refresh goes on in the background, the answer does not wait for it.
      await sleep(1100);
      for (const headers of [{}, sessionHeaders(viewer)]) {
        const answer = await Promise.race([app.request(SUMMARY, { headers }), sleep(5000).then(() => 'waited' as const)]);
        expect(answer).not.toBe('waited');
        expect((answer as Response).status).toBe(200);
        expect((answer as Response).headers.get('ETag')).toBe(etag);
      }
      const events = await Promise.race([app.request(EVENTS), sleep(5000).then(() => 'waited' as const)]);
      expect(events).not.toBe('waited');
      expect(JSON.stringify(await (events as Response).json())).not.toContain('Dalam transaksi');
    } finally {
      release();
      await held;
    }
    // Committed outside HTTP (as another server would): seen within the time to live plus a refresh.
    let seen = false;
    for (let i = 0; i < 40 && !seen; i++) {
      seen = JSON.stringify(await (await app.request(EVENTS)).json()).includes('Dalam transaksi');
      if (!seen) await sleep(100);
    }
    expect(seen).toBe(true);
  });
});

const dist = resolve(import.meta.dirname, '../../dist');
describe.skipIf(!existsSync(join(dist, 'index.html')))('compressed built files', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb('pglite');
    app = createApp({ db, staticDir: dist });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('sends the main script as br or gzip from the files written at build time, kept for a year', async () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const main = /\/assets\/[^"']+\.js/.exec(html)![0];
    const raw = readFileSync(join(dist, main));
    expect(existsSync(join(dist, `${main}.br`)), 'npm run build writes .br beside each asset').toBe(true);
    const br = await app.request(main, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Cache-Control')).toContain('immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).equals(raw)).toBe(true);
    const gz = await app.request(main, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(raw)).toBe(true);
    const plain = await app.request(main);
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(raw)).toBe(true);
  });

  it('keeps the shell and the service worker revalidated, and compresses the shell and snapshot pages', async () => {
    for (const path of ['/', '/index.html', '/rapat', '/sw.js']) {
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
    }
    const sw = await app.request('/sw.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(sw.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await sw.arrayBuffer())).toString()).toContain('X-Pantau-Offline');
    const shell = await app.request('/rapat', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(shell.headers.get('Content-Encoding')).toBe('gzip');
    const page = await app.request(`/s/${'x'.repeat(43)}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(page.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await page.arrayBuffer())).toString()).toMatch(/<html/i);
  });
});
