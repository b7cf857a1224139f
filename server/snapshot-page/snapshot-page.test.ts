import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAllByRole, getByRole, queryByRole, within } from '@testing-library/dom';
// jsdom (there for the component tests) ships no types, and @types/jsdom is not installed: only its constructor is used.
// @ts-ignore TS7016
import { JSDOM as UntypedJSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, apiPaths } from '../../contract/paths';
import { Ranking } from '../../contract/ranking';
import { CreatedSnapshot, SnapshotList } from '../../contract/snapshots';
import { Summary } from '../../contract/summary';
import { formatDate, formatDateTimeWib, formatNumber, formatPercent } from '../../src/lib/format';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../tests/support/auth';
import { testPseudonymize } from '../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../tests/support/test-db';
import { createApp } from '../app';
import type { Db } from '../db/client';
import { generateDemoCampaign } from '../demo/generate';
import { registrationCsv } from '../demo/recap-file';
import { seedDemoCampaign } from '../demo/seed';
import { SNAPSHOT_LOOKUP_LIMIT } from '../routes/snapshots/snapshots.queries';

const JSDOM = UntypedJSDOM as new (html: string) => { window: Window };

const TODAY = '2025-02-10';
const DAY = 86_400_000;

/** The page as a browser would see it, for queries by role and accessible name. */
function parse(text: string) {
  const document = new JSDOM(text).window.document;
  const meta = (name: string) => document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const text_ = (document.body.textContent ?? '').replace(/\s+/g, ' ');
  return { document, body: document.body, meta, text: text_ };
}

describe.each(testDrivers)('snapshot page /s/<token> on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let clock = new Date(`${TODAY}T05:00:00.000Z`);
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;
  let nextIp = 1;
  const freshIp = () => `203.0.113.${nextIp++}`;
  let ip = freshIp();

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, generateDemoCampaign({ today: TODAY }), testPseudonymize);
    app = createApp({
      db,
      auth: { hash: TEST_HASH, now: () => clock, trustProxy: true },
      imports: { maxBytes: 1e7, pseudonymize: testPseudonymize, today: () => TODAY },
    });
    admin = await addTestSession(db, await addTestUser(db, { username: 'andry', role: 'admin', displayName: 'Andry Admin' }), clock);
    viewer = await addTestSession(db, await addTestUser(db, { username: 'lihat', role: 'viewer', displayName: 'Staf Uji Lihat' }), clock);
  });
  afterAll(async () => {
    await db?.close();
  });

  type Session = typeof admin;
  const create = async (body: Record<string, unknown>, session: Session = viewer) => {
    const res = await app.request(`${API_BASE}${apiPaths.snapshots}`, {
      method: 'POST',
      headers: sessionHeaders(session, 'POST'),
      body: JSON.stringify({ title: 'Progres mingguan', view: { path: '/' }, ...body }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return CreatedSnapshot.parse(await res.json());
  };
  const open = (path: string, { session, headers = {} }: { session?: Session; headers?: Record<string, string> } = {}, on = app) =>
    on.request(path, { headers: { 'X-Forwarded-For': ip, ...(session ? sessionHeaders(session) : {}), ...headers } });
  const liveSummary = async () => Summary.parse(await (await app.request(`${API_BASE}${apiPaths.summary}`)).json());
  const opensOf = async (id: number) => {
    const res = await app.request(`${API_BASE}${apiPaths.adminSnapshots}`, { headers: sessionHeaders(admin) });
    return SnapshotList.parse(await res.json()).snapshots.find((s) => s.id === id)!.opens;
  };
  const revoke = (id: number) =>
    app.request(`${API_BASE}${apiPaths.adminSnapshotRevoke.replace('{id}', String(id))}`, { method: 'POST', headers: sessionHeaders(admin, 'POST'), body: '{}' });

  it('renders the frozen view as plain HTML: the as-of stamp, the headline numbers, strict headers, no script', async () => {
    ip = freshIp();
    const summary = await liveSummary();
    const created = await create({ title: 'Rapat Korpri', note: 'Angka untuk rapat pimpinan', expiresInDays: 14 });
    const res = await open(created.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const text = await res.text();
    expect(text.length).toBeLessThan(100_000);
    const gzipped = await open(created.url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');

    // The one inline style is allowed by its hash; nothing else runs or loads.
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/script-src/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(text)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(text).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);

    const page = parse(text);
    expect(page.document.documentElement.lang).toBe('id');
    expect(getByRole(page.body, 'heading', { level: 1 }).textContent).toBe('Rapat Korpri');
    expect(page.text).toContain(`Snapshot per ${formatDateTimeWib(summary.asOf!, 'id')}`);
    expect(page.text).toContain('Hanya baca');
    expect(page.text).toContain('Angka untuk rapat pimpinan');
    expect(page.text).toContain('Dibuat oleh Staf Uji Lihat');
    expect(page.text).toContain(`Data per ${formatDate(TODAY, 'id')}`);
    expect(page.text).toContain(`Tautan berlaku sampai ${formatDate('2025-02-24', 'id')}`);
    const headline = getByRole(page.body, 'region', { name: 'Capaian pendaftaran' });
    expect(headline.textContent).toContain(formatNumber(summary.registered, 'id'));
    expect(headline.textContent).toContain(`dari target ${formatNumber(summary.target, 'id')} pekerja`);
    expect(headline.textContent).toContain(`${formatPercent(summary.progress, 'id')} dari target`);
    expect(getByRole(page.body, 'img', { name: /Grafik garis pekerja terdaftar/ }).getAttribute('aria-label')).toContain(formatNumber(summary.registered, 'id'));
    expect(page.text).toContain('Sumber: BPJS Ketenagakerjaan Cabang Klaten · Pantau Peduli');
    // Each page open counts, like an API open.
    expect(await opensOf(created.id)).toBe(2);
  });

  it('carries Open Graph and Twitter tags with an absolute image address', async () => {
    ip = freshIp();
    const summary = await liveSummary();
    const created = await create({ title: 'Capaian <Klaten> & "ASN"' });
    const page = parse(await (await open(created.url)).text());
    expect(page.meta('og:title')).toBe('Capaian <Klaten> & "ASN"');
    expect(page.meta('og:description')).toBe(
      `${formatNumber(summary.registered, 'id')} dari ${formatNumber(summary.target, 'id')} pekerja (${formatPercent(summary.progress, 'id')}) · data per ${formatDate(TODAY, 'id')} · Pantau Peduli`,
    );
    expect(page.meta('og:image')).toBe(`http://localhost${created.url}/pratinjau.png`);
    expect(page.meta('og:image:width')).toBe('1200');
    expect(page.meta('og:image:height')).toBe('630');
    expect(page.meta('og:type')).toBe('website');
    expect(page.meta('og:locale')).toBe('id_ID');
    expect(page.meta('og:url')).toBe(`http://localhost${created.url}`);
    expect(page.meta('twitter:card')).toBe('summary_large_image');
    expect(page.meta('twitter:image')).toBe(page.meta('og:image'));

    // Behind the trusted proxy its forwarded scheme and host count; an untrusting app ignores them; PUBLIC_URL wins.
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'pantau.example.go.id' };
    expect(parse(await (await open(created.url, { headers: forwarded })).text()).meta('og:image')).toBe(`https://pantau.example.go.id${created.url}/pratinjau.png`);
    const untrusting = createApp({ db, auth: { hash: TEST_HASH, now: () => clock } });
    expect(parse(await (await open(created.url, { headers: forwarded }, untrusting)).text()).meta('og:image')).toBe(`http://localhost${created.url}/pratinjau.png`);
    const configured = createApp({ db, auth: { hash: TEST_HASH, now: () => clock }, publicUrl: 'https://pantau.klatenkab.go.id' });
    expect(parse(await (await open(`${created.url}?lang=en`, { headers: forwarded }, configured)).text()).meta('og:image')).toBe(
      `https://pantau.klatenkab.go.id${created.url}/pratinjau.png?lang=en`,
    );
  });

  it('escapes the title and note: markup in them renders as text', async () => {
    ip = freshIp();
    const title = '<img src=x onerror=alert(1)> Laporan';
    const note = '<script>alert("catatan")</script>\nBaris kedua & "kutipan"';
    const created = await create({ title, note });
    const text = await (await open(created.url)).text();
    expect(text).not.toContain('<script>alert');
    expect(text).not.toContain('<img src=x');
    expect(text).toContain('&lt;script&gt;alert(&quot;catatan&quot;)&lt;/script&gt;');
    const page = parse(text);
    expect(page.document.querySelectorAll('script, img')).toHaveLength(0);
    expect(getByRole(page.body, 'heading', { level: 1 }).textContent).toBe(title);
    expect(page.document.querySelector('.note')!.textContent).toContain('<script>alert("catatan")</script>');
    expect(page.document.querySelector('.note br')).not.toBeNull();
    expect(page.meta('og:title')).toBe(title);
  });

  it('shows the compare and live links only with a staff session; ?bandingkan=1 is ignored without one', async () => {
    ip = freshIp();
    const created = await create({ view: { path: '/peringkat', params: { metric: 'percent' } } });
    const anonymous = await (await open(created.url)).text();
    const anonymousCompare = await (await open(`${created.url}?bandingkan=1`)).text();
    expect(anonymousCompare).toBe(anonymous);
    const anon = parse(anonymous);
    expect(queryByRole(anon.body, 'link', { name: 'Bandingkan dengan data terkini' })).toBeNull();
    expect(queryByRole(anon.body, 'link', { name: 'Buka tampilan langsung' })).toBeNull();
    expect(anon.text).not.toContain('Data terkini');

    // A forged or ended session is no session.
    const forged = await (await open(`${created.url}?bandingkan=1`, { headers: { Cookie: `pp_session=${'A'.repeat(43)}` } })).text();
    expect(forged).toBe(anonymous);

    const signedIn = parse(await (await open(created.url, { session: viewer })).text());
    expect(getByRole(signedIn.body, 'link', { name: 'Bandingkan dengan data terkini' }).getAttribute('href')).toBe('?bandingkan=1');
    expect(getByRole(signedIn.body, 'link', { name: 'Buka tampilan langsung' }).getAttribute('href')).toBe('/peringkat?metric=percent');

    const comparing = parse(await (await open(`${created.url}?bandingkan=1`, { session: viewer })).text());
    expect(getByRole(comparing.body, 'link', { name: 'Tutup perbandingan' })).toBeTruthy();
    const table = getByRole(comparing.body, 'table', { name: 'Snapshot dibandingkan dengan data terkini' });
    const summary = await liveSummary();
    const registered = within(table).getByRole('row', { name: /Terdaftar/ });
    expect([...registered.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      formatNumber(summary.registered, 'id'),
      formatNumber(summary.registered, 'id'),
      '0',
    ]);
  });

  it('unknown or ill-formed tokens: a 404 page that says so, with no data', async () => {
    ip = freshIp();
    const created = await create({ title: 'Rahasia sampai dibuka' });
    const flipped = (created.token[0] === 'A' ? 'B' : 'A') + created.token.slice(1);
    for (const token of [flipped, 'abc', '%3Cscript%3E', 'x'.repeat(43)]) {
      const res = await open(`/s/${token}`);
      expect(res.status, token).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const page = parse(await res.text());
      expect(getByRole(page.body, 'heading', { level: 1 }).textContent).toBe('Snapshot tidak ditemukan');
      expect(page.text).toContain('mintalah tautan baru kepada pengirimnya');
      expect(page.meta('og:image')).toBeNull();
      expect(page.meta('og:description')).toBeNull();
    }
  });

  it('expired and revoked links: 410 pages that say which and what to do, never the data', async () => {
    ip = freshIp();
    const summary = await liveSummary();
    const expiring = await create({ title: 'Laporan pekan ini', expiresInDays: 1 });
    const revoked = await create({ title: 'Laporan yang dicabut' });
    expect((await open(expiring.url)).status).toBe(200);
    expect((await revoke(revoked.id)).status).toBe(200);

    const gone = await open(revoked.url);
    expect(gone.status).toBe(410);
    const revokedPage = parse(await gone.text());
    expect(getByRole(revokedPage.body, 'heading', { level: 1 }).textContent).toBe('Tautan snapshot sudah dicabut');
    expect(revokedPage.text).toContain('Mintalah tautan baru kepada orang yang mengirimkannya.');

    const saved = clock;
    try {
      clock = new Date(saved.getTime() + DAY + 1000);
      const res = await open(expiring.url);
      expect(res.status).toBe(410);
      const text = await res.text();
      const expiredPage = parse(text);
      expect(getByRole(expiredPage.body, 'heading', { level: 1 }).textContent).toBe('Tautan snapshot sudah kedaluwarsa');
      expect(expiredPage.text).toContain('Mintalah tautan baru');
      for (const page of [expiredPage, revokedPage]) {
        expect(page.text).not.toContain('Laporan');
        expect(page.text).not.toContain(formatNumber(summary.registered, 'id'));
        expect(page.meta('og:image')).toBeNull();
        expect(page.meta('og:description')).toBeNull();
        expect(page.document.documentElement.outerHTML).not.toContain('Laporan');
      }
      // English too.
      const english = parse(await (await open(`${expiring.url}?lang=en`)).text());
      expect(getByRole(english.body, 'heading', { level: 1 }).textContent).toBe('This snapshot link has expired');
    } finally {
      clock = saved;
    }
  });

  it('rate-limits guessing per address, shared with the API: 429 with Retry-After, even for a good token', async () => {
    ip = freshIp();
    const created = await create({});
    for (let i = 0; i < SNAPSHOT_LOOKUP_LIMIT.maxFailures; i++) expect((await open(`/s/${'g'.repeat(43)}`)).status).toBe(404);
    const limited = await open(created.url);
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    const page = parse(await limited.text());
    expect(getByRole(page.body, 'heading', { level: 1 }).textContent).toBe('Terlalu banyak percobaan');
    expect(page.text).toContain(`Coba lagi dalam ${retry} detik`);
    expect(page.text).not.toContain('Progres mingguan');
    // The same counter as the API's.
    expect((await app.request(`${API_BASE}/snapshots/${created.token}`, { headers: { 'X-Forwarded-For': ip } })).status).toBe(429);
    expect((await open(`${created.url}/pratinjau.png`)).status).toBe(429);
    ip = freshIp();
    expect((await open(created.url)).status).toBe(200);
  });

  it('renders every page a snapshot can freeze, with its own sections and view parameters', async () => {
    ip = freshIp();
    const percent = Ranking.parse(await (await app.request(`${API_BASE}${apiPaths.ranking}?metric=percent`)).json());
    const cases: { view: { path: string; params?: Record<string, string> }; check: (page: ReturnType<typeof parse>) => void }[] = [
      {
        view: { path: '/', params: { sort: 'name' } },
        check: (page) => {
          for (const name of ['Perkembangan pendaftaran', 'Peringkat di Jawa Tengah', 'Pekerjaan pekerja terdaftar', 'Unit kerja', 'Kecamatan', 'Peristiwa kampanye']) {
            getByRole(page.body, 'region', { name });
          }
          const units = getByRole(page.body, 'table', { name: 'Unit kerja' });
          const names = within(units)
            .getAllByRole('row')
            .slice(1)
            .map((row) => row.querySelector('td.t')!.firstChild!.textContent!);
          expect(names).toEqual([...names].sort(new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true }).compare));
        },
      },
      {
        view: { path: '/peringkat', params: { metric: 'percent' } },
        check: (page) => {
          const table = getByRole(page.body, 'table', { name: /menurut persentase ASN/ });
          const rows = within(table).getAllByRole('row').slice(1);
          expect(rows).toHaveLength(percent.rows.length);
          expect(rows[0]!.textContent).toContain(percent.rows[0]!.name);
          const klaten = rows.find((row) => row.classList.contains('us'))!;
          expect(klaten.textContent).toContain(formatPercent(percent.rows.find((r) => r.isCampaignRegion)!.coverage, 'id'));
          expect(page.text).toMatch(/Kab\. Klaten peringkat \d+ dari 35 wilayah\./);
          getByRole(page.body, 'heading', { name: 'Riwayat peringkat Kab. Klaten' });
          getByRole(page.body, 'img', { name: /Grafik peringkat per minggu/ });
        },
      },
      {
        view: { path: '/cakupan' },
        check: (page) => {
          const region = getByRole(page.body, 'region', { name: 'Cakupan perlindungan' });
          expect(region.textContent).toContain('Terlindungi aktif');
          getByRole(page.body, 'table', { name: 'Cakupan per bulan' });
          getByRole(page.body, 'table', { name: /masih terlindungi sekarang/ });
        },
      },
      {
        view: { path: '/unit', params: { jenis: 'sekolah' } },
        check: (page) => {
          const rows = within(getByRole(page.body, 'table', { name: 'Unit kerja' })).getAllByRole('row').slice(1);
          expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) expect(row.textContent).toContain('Sekolah ·');
          expect(page.text).toContain('Hanya sekolah.');
          getByRole(page.body, 'heading', { name: 'Perlu perhatian' });
        },
      },
      {
        view: { path: '/unit/1' },
        check: (page) => {
          const heading = getByRole(page.body, 'heading', { name: /^Capaian pendaftaran: / });
          expect(page.text).toContain(`Tampilan: Unit kerja: ${heading.textContent!.replace('Capaian pendaftaran: ', '')}`);
          getByRole(page.body, 'region', { name: 'Perkembangan pendaftaran' });
          expect(page.meta('og:description')).toMatch(/^.+: [\d.]+ dari [\d.]+ pekerja \([\d,]+%\) · data per /);
        },
      },
      {
        view: { path: '/kecamatan/cawas', params: { interval: 'month', rentang: '6-bulan' } },
        check: (page) => {
          getByRole(page.body, 'heading', { name: 'Capaian pendaftaran: Cawas' });
          getByRole(page.body, 'region', { name: 'Unit kerja di Kecamatan Cawas' });
          expect(page.text).toContain('bulanan, 6 bulan terakhir');
          const months = within(getByRole(page.body, 'table', { name: 'Pekerja terdaftar per bulan' })).getAllByRole('row').slice(1);
          expect(months.length).toBeGreaterThanOrEqual(6);
          expect(months.length).toBeLessThanOrEqual(7);
        },
      },
    ];
    for (const { view, check } of cases) {
      const created = await create({ title: `Snapshot ${view.path}`, view: { path: view.path, params: view.params ?? {} } });
      const res = await open(created.url);
      expect(res.status, view.path).toBe(200);
      const text = await res.text();
      expect(text.length, view.path).toBeLessThan(100_000);
      const page = parse(text);
      getByRole(page.body, 'heading', { level: 1, name: `Snapshot ${view.path}` });
      check(page);
      const english = parse(await (await open(`${created.url}?lang=en`)).text());
      expect(english.document.documentElement.lang).toBe('en');
      expect(english.text).toContain('Snapshot as of');
      expect(english.meta('og:locale')).toBe('en_GB');
      expect(getAllByRole(english.body, 'heading', { level: 2 }).length).toBeGreaterThan(0);
    }
  });

  it('serves the preview image (1200x630 PNG) without counting an open; dead links get their status', async () => {
    ip = freshIp();
    const created = await create({});
    const res = await open(`${created.url}/pratinjau.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(await opensOf(created.id)).toBe(0);
    expect((await open(`/s/${'q'.repeat(43)}/pratinjau.png`)).status).toBe(404);
    await revoke(created.id);
    const gone = await open(`${created.url}/pratinjau.png`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers /s/<token> itself when the built SPA is served too', async () => {
    ip = freshIp();
    const dir = await mkdtemp(join(tmpdir(), 'pp-spa-'));
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>Pantau Peduli</title><div id="root"></div>');
      const spa = createApp({ db, staticDir: dir, auth: { hash: TEST_HASH, now: () => clock, trustProxy: true } });
      const created = await create({ title: 'Dengan SPA' });
      const page = await open(created.url, {}, spa);
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(text).not.toContain('id="root"');
      expect(text).toContain('Dengan SPA');
      expect((await open(`/s/${'z'.repeat(43)}`, {}, spa)).status).toBe(404);
      expect(await (await spa.request('/peringkat')).text()).toContain('id="root"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Last: the import replaces the demo data the tests above read.
  it('keeps its numbers after new registrations; a signed-in compare shows snapshot, now and the change', async () => {
    ip = freshIp();
    const before = await liveSummary();
    const created = await create({ title: 'Sebelum impor' });
    const frozen = await (await open(created.url)).text();

    const rows = [...generateDemoCampaign({ today: TODAY }).registrations()].slice(0, 50);
    const upload = await app.request(`${API_BASE}${apiPaths.adminImports}?fileName=rekap.csv`, {
      method: 'POST',
      headers: { ...sessionHeaders(admin, 'POST'), 'Content-Type': 'application/octet-stream' },
      body: [...registrationCsv(rows)].join(''),
    });
    expect(upload.status).toBe(201);
    const { id } = await upload.json();
    const applied = await app.request(`${API_BASE}${apiPaths.adminImportApply.replace('{id}', String(id))}`, {
      method: 'POST',
      headers: sessionHeaders(admin, 'POST'),
      body: '{}',
    });
    expect(applied.status, await applied.clone().text()).toBe(200);
    const after = await liveSummary();
    expect(after.registered).not.toBe(before.registered);

    const again = await (await open(created.url)).text();
    expect(again).toBe(frozen);
    const headline = getByRole(parse(again).body, 'region', { name: 'Capaian pendaftaran' });
    expect(headline.querySelector('.big')!.textContent).toContain(formatNumber(before.registered, 'id'));

    // Anonymous: ?bandingkan=1 changes nothing, so no live number leaks through the link.
    expect(await (await open(`${created.url}?bandingkan=1`)).text()).toBe(frozen);

    const compare = parse(await (await open(`${created.url}?bandingkan=1`, { session: admin })).text());
    const table = getByRole(compare.body, 'table', { name: 'Snapshot dibandingkan dengan data terkini' });
    const cells = (name: RegExp) => [...within(table).getByRole('row', { name }).querySelectorAll('td')].map((td) => td.textContent);
    const change = after.registered - before.registered;
    expect(cells(/^Terdaftar/)).toEqual([
      formatNumber(before.registered, 'id'),
      formatNumber(after.registered, 'id'),
      `${change > 0 ? '+' : '-'}${formatNumber(Math.abs(change), 'id')}`,
    ]);
    expect(cells(/^% target/)[1]).toBe(formatPercent(after.progress, 'id'));
    expect(compare.text).toContain('Data terkini per');
    // The frozen headline itself still shows the snapshot's number.
    expect(getByRole(compare.body, 'region', { name: 'Capaian pendaftaran' }).querySelector('.big')!.textContent).toContain(formatNumber(before.registered, 'id'));
  });
});
