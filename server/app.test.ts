import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, apiPaths } from '../contract/paths';
import { Summary } from '../contract/summary';
import { openTestDb, testDrivers } from '../tests/support/test-db';
import { createApp } from './app';
import type { Db } from './db/client';
import { generateDemoCampaign } from './demo/generate';
import { seedDemoCampaign } from './demo/seed';
import { testPseudonymize } from '../tests/support/load-dataset';
import { addTestSession, addTestUser, sessionHeaders } from '../tests/support/auth';
import { registrationCsv } from './demo/recap-file';

/** Every documented GET with the query strings worth trying. */
const REQUESTS: Record<string, string[]> = {
  [apiPaths.health]: [''],
  [apiPaths.openapi]: [''],
  [apiPaths.summary]: [''],
  [apiPaths.timeseries]: ['', '?interval=day', '?interval=week', '?interval=month', '?unit=1', '?kecamatan=Cawas&interval=month'],
  [apiPaths.units]: [''],
  [apiPaths.kecamatan]: [''],
  [apiPaths.occupations]: ['', '?unit=1', '?kecamatan=Cawas'],
  [apiPaths.targets]: [''],
  [apiPaths.ranking]: ['', '?metric=count', '?metric=percent'],
  [apiPaths.rankingHistory]: ['?metric=count', '?metric=percent'],
};

describe.each(testDrivers)('HTTP API on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let doc: { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    db = await openTestDb(driver);
    app = createApp({ db });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers 503 with a clear error before any campaign exists, and health stays green', async () => {
    const res = await app.request(`${API_BASE}${apiPaths.summary}`);
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('no_campaign');
    const health = await app.request(`${API_BASE}${apiPaths.health}`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { driver, reachable: true } });
  });

  it('documents every endpoint, and every response validates against that document', async () => {
    await seedDemoCampaign(db, generateDemoCampaign({ today: '2025-02-10' }), testPseudonymize);
    doc = await (await app.request(`${API_BASE}${apiPaths.openapi}`)).json();
    ajv.addSchema(doc, 'openapi');
    const documented = Object.keys(doc.paths).sort();
    expect(documented).toEqual(Object.values(apiPaths).filter((p) => p !== apiPaths.openapi).sort());

    for (const [path, queries] of Object.entries(REQUESTS)) {
      for (const query of queries) {
        const res = await app.request(`${API_BASE}${path}${query}`);
        expect(res.status, `${path}${query}`).toBe(200);
        const body = await res.json();
        if (path === apiPaths.openapi) continue;
        const pointer = `openapi#/paths/${path.replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`;
        const valid = ajv.validate({ $ref: pointer }, body);
        expect(valid, `${path}${query}: ${ajv.errorsText()}`).toBe(true);
      }
    }
  });

  it('rejects a bad parameter with 400 naming it, and unknown API paths with 404 JSON', async () => {
    const bad = await app.request(`${API_BASE}${apiPaths.timeseries}?interval=year`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('interval');
    const badMetric = await app.request(`${API_BASE}${apiPaths.ranking}?metric=best`);
    expect(badMetric.status).toBe(400);
    const missing = await app.request(`${API_BASE}/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('never returns personal data: no NIK, NIP, name or worker key in any response', async () => {
    const demo = generateDemoCampaign({ today: '2025-02-10' });
    const personal = [...demo.registrations()].slice(0, 200).flatMap((r) => [r.workerNik, r.registrantNip, r.workerName, testPseudonymize(r.workerNik)]);
    for (const [path, queries] of Object.entries(REQUESTS)) {
      const text = await (await app.request(`${API_BASE}${path}${queries[0]}`)).text();
      for (const value of personal) expect(text.includes(value), `${path} leaks ${value.slice(0, 4)}…`).toBe(false);
    }
  });

  it('the summary parses with the shared zod contract', async () => {
    const body = await (await app.request(`${API_BASE}${apiPaths.summary}`)).json();
    const summary = Summary.parse(body);
    expect(summary.target).toBe(11_000);
    expect(summary.asOfDate).toBe('2025-02-10');
  });

  // Last: applying an import replaces the demo the tests above read.
  it('validates the signed-in endpoints (accounts, imports) against the same document', async () => {
    const admin = await addTestSession(db, await addTestUser(db, { username: 'kontrak', role: 'admin' }));
    const expectDocumented = async (res: Response, method: string, path: string) => {
      const body = await res.json();
      const pointer = `openapi#/paths/${path.replaceAll('/', '~1')}/${method}/responses/${res.status}/content/application~1json/schema`;
      expect(ajv.getSchema(pointer), `${method.toUpperCase()} ${path} ${res.status} is not documented`).toBeDefined();
      expect(ajv.validate({ $ref: pointer }, body), `${method} ${path} ${res.status}: ${ajv.errorsText()}`).toBe(true);
      return body;
    };
    const call = (method: 'get' | 'post', path: string, id?: number, init: RequestInit = {}) =>
      app.request(`${API_BASE}${path.replace('{id}', String(id))}${init.body && path === apiPaths.adminImports ? '?fileName=rekap.csv' : ''}`, {
        method: method.toUpperCase(),
        ...init,
        headers: { ...sessionHeaders(admin, method.toUpperCase()), ...(init.headers as Record<string, string>) },
      });
    await expectDocumented(await call('get', apiPaths.authMe), 'get', apiPaths.authMe);
    await expectDocumented(await call('get', apiPaths.adminUsers), 'get', apiPaths.adminUsers);
    const target = (method: 'post' | 'put', path: string, body: unknown) =>
      app.request(`${API_BASE}${path}`, { method: method.toUpperCase(), headers: sessionHeaders(admin, method.toUpperCase()), body: JSON.stringify(body) });
    const changed = { asnCount: 11_100, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: '2024-06-03', note: 'uji kontrak' };
    await expectDocumented(await target('post', apiPaths.adminTargets, changed), 'post', apiPaths.adminTargets);
    await expectDocumented(await target('post', apiPaths.adminTargets, { ...changed, asnCount: 0 }), 'post', apiPaths.adminTargets);
    await expectDocumented(await target('put', apiPaths.adminUnitTarget.replace('{id}', '1'), { asnCount: 7, effectiveFrom: '2024-06-03' }), 'put', apiPaths.adminUnitTarget);
    await expectDocumented(await target('put', apiPaths.adminUnitTarget.replace('{id}', '99999'), { asnCount: 7, effectiveFrom: '2024-06-03' }), 'put', apiPaths.adminUnitTarget);
    await expectDocumented(await call('get', apiPaths.targets), 'get', apiPaths.targets);
    // Snapshots (issue 5): create, open (200, 404, 410, 429), list and revoke.
    const snapshotBody = JSON.stringify({ title: 'Uji kontrak', note: null, view: { path: '/peringkat', params: { metric: 'percent' } } });
    const snapshot = await expectDocumented(await call('post', apiPaths.snapshots, undefined, { body: snapshotBody }), 'post', apiPaths.snapshots);
    const openSnapshot = (token: string) => app.request(`${API_BASE}${apiPaths.snapshot.replace('{token}', token)}`);
    await expectDocumented(await openSnapshot(snapshot.token), 'get', apiPaths.snapshot);
    await expectDocumented(await call('get', apiPaths.adminSnapshots), 'get', apiPaths.adminSnapshots);
    await expectDocumented(await call('post', apiPaths.adminSnapshotRevoke, snapshot.id), 'post', apiPaths.adminSnapshotRevoke);
    await expectDocumented(await call('post', apiPaths.adminSnapshotRevoke, 987_654), 'post', apiPaths.adminSnapshotRevoke);
    expect((await expectDocumented(await openSnapshot(snapshot.token), 'get', apiPaths.snapshot)).error.code).toBe('snapshot_revoked');
    let guessed: Response;
    do guessed = await openSnapshot('x'.repeat(43));
    while (guessed.status === 404);
    expect(guessed.status).toBe(429);
    await expectDocumented(guessed, 'get', apiPaths.snapshot);
    const rows = [...generateDemoCampaign({ today: '2025-02-10' }).registrations()].slice(0, 50);
    const lines = [...registrationCsv(rows)];
    lines[3] = lines[3]!.replace(';16.800;', ';-;');
    const upload = await call('post', apiPaths.adminImports, undefined, { body: lines.join(''), headers: { 'Content-Type': 'application/octet-stream' } });
    expect(upload.status).toBe(201);
    const preview = await expectDocumented(upload, 'post', apiPaths.adminImports);
    await expectDocumented(await call('get', apiPaths.adminImport, preview.id), 'get', apiPaths.adminImport);
    await expectDocumented(await call('get', apiPaths.adminImports), 'get', apiPaths.adminImports);
    const refused = await call('post', apiPaths.adminImportApply, preview.id, { body: '{}' });
    expect(refused.status).toBe(422);
    await expectDocumented(refused, 'post', apiPaths.adminImportApply);
    await expectDocumented(await call('post', apiPaths.adminImportApply, preview.id, { body: JSON.stringify({ partial: true }) }), 'post', apiPaths.adminImportApply);
    await expectDocumented(await call('post', apiPaths.adminImportUndo, preview.id), 'post', apiPaths.adminImportUndo);
    const conflict = await call('post', apiPaths.adminImportCancel, preview.id);
    expect(conflict.status).toBe(409);
    await expectDocumented(conflict, 'post', apiPaths.adminImportCancel);
    const missing = await call('get', apiPaths.adminImport, 987_654);
    expect(missing.status).toBe(404);
    await expectDocumented(missing, 'get', apiPaths.adminImport);
  });
});
