import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, apiPaths } from '../../../contract/paths';
import { ImportReport } from '../../../contract/imports';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../../tests/support/auth';
import { testPseudonymize } from '../../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../../tests/support/test-db';
import { createApp } from '../../app';
import type { Db } from '../../db/client';
import { generateDemoCampaign } from '../../demo/generate';
import { registrationCsv } from '../../demo/recap-file';
import { seedDemoCampaign } from '../../demo/seed';

const url = (path: string, id?: number) => `${API_BASE}${path.replace('{id}', String(id))}`;

describe.each(testDrivers)('import endpoints on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;
  const demo = generateDemoCampaign({ today: '2026-11-23' });
  const rows = [...demo.registrations()].slice(0, 200);
  const csv = [...registrationCsv(rows)].join('');

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, generateDemoCampaign({ today: '2025-01-06' }), testPseudonymize);
    app = createApp({ db, auth: { hash: TEST_HASH }, imports: { maxBytes: 1_000_000, pseudonymize: testPseudonymize, today: () => '2026-11-23' } });
    admin = await addTestSession(db, await addTestUser(db, { username: 'heru', role: 'admin' }));
    viewer = await addTestSession(db, await addTestUser(db, { username: 'tamu', role: 'viewer' }));
  });
  afterAll(async () => {
    await db?.close();
  });

  const upload = (body: string, session = admin) =>
    app.request(`${url(apiPaths.adminImports)}?fileName=rekap.csv`, {
      method: 'POST',
      headers: { ...sessionHeaders(session, 'POST'), 'Content-Type': 'application/octet-stream' },
      body,
    });
  const post = (path: string, id: number, body?: object, session = admin) =>
    app.request(url(path, id), { method: 'POST', headers: sessionHeaders(session, 'POST'), body: JSON.stringify(body ?? {}) });

  it('previews an upload, applies it replacing the demo, shows it in the headline, and undoes it', async () => {
    const res = await upload(csv);
    expect(res.status).toBe(201);
    const preview = ImportReport.parse(await res.json());
    expect(preview).toMatchObject({ status: 'preview', added: 200, replacesDemo: true, canApply: true, importedBy: 'heru' });

    const applied = await post(apiPaths.adminImportApply, preview.id);
    expect(applied.status).toBe(200);
    expect(ImportReport.parse(await applied.json())).toMatchObject({ status: 'applied', canUndo: true });
    const summary = await (await app.request(url(apiPaths.summary))).json();
    expect(summary).toMatchObject({ isDemo: false, registered: new Set(rows.map((r) => r.workerNik)).size });

    const list = await (await app.request(url(apiPaths.adminImports), { headers: sessionHeaders(admin) })).json();
    expect(list.imports[0]).toMatchObject({ id: preview.id, status: 'applied' });

    const undone = await post(apiPaths.adminImportUndo, preview.id);
    expect((await undone.json()).status).toBe('undone');
    expect((await (await app.request(url(apiPaths.summary))).json()).registered).toBe(0);
    const again = await post(apiPaths.adminImportUndo, preview.id);
    expect(again.status).toBe(409);
  });

  it('refuses to apply a file with errors (422) unless partial is asked for', async () => {
    const lines = [...registrationCsv(rows.slice(0, 3))];
    lines[1] = lines[1]!.replace(/;\d{2}\/\d{2}\/\d{4};/, ';32/13/2024;');
    const preview = await (await upload(lines.join(''))).json();
    expect(preview).toMatchObject({ errorCount: 1, problems: expect.arrayContaining([expect.objectContaining({ line: 2, column: 'tanggal_daftar', message: 'tanggal tidak ada di kalender' })]) });
    const refused = await post(apiPaths.adminImportApply, preview.id);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toMatch(/ditolak/);
    const partial = await post(apiPaths.adminImportApply, preview.id, { partial: true });
    expect((await partial.json())).toMatchObject({ status: 'applied', added: 2, partial: true });
  });

  it('cancels a preview, reports a file over the cap, answers 404 for an unknown import', async () => {
    const preview = await (await upload(csv)).json();
    expect((await (await post(apiPaths.adminImportCancel, preview.id)).json()).status).toBe('cancelled');
    expect((await post(apiPaths.adminImportApply, preview.id)).status).toBe(409);
    const huge = await (await upload('x'.repeat(1_000_001))).json();
    expect(huge).toMatchObject({ status: 'failed', failure: expect.stringContaining('terlalu besar') });
    const missing = await app.request(url(apiPaths.adminImport, 99_999), { headers: sessionHeaders(admin) });
    expect(missing.status).toBe(404);
  });

  it('is for admins only: viewers get 403, strangers 401, and nothing is staged', async () => {
    const before = (await db.query<{ n: number }>('select count(*)::int as n from imports'))[0]!.n;
    expect((await upload(csv, viewer)).status).toBe(403);
    const anonymous = await app.request(`${url(apiPaths.adminImports)}?fileName=a.csv`, { method: 'POST', headers: { Origin: 'http://localhost' }, body: csv });
    expect(anonymous.status).toBe(401);
    expect((await db.query<{ n: number }>('select count(*)::int as n from imports'))[0]!.n).toBe(before);
  });
});
