import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../contract/dates';
import { EventList } from '../../../contract/events';
import { API_BASE, apiPaths } from '../../../contract/paths';
import { toWorkers } from '../../../mocks/data/reference-aggregates';
import { addTestSession, addTestUser, sessionHeaders, TEST_HASH } from '../../../tests/support/auth';
import { testPseudonymize } from '../../../tests/support/load-dataset';
import { openTestDb, testDrivers } from '../../../tests/support/test-db';
import { createApp } from '../../app';
import type { Db } from '../../db/client';
import { generateDemoCampaign } from '../../demo/generate';
import { registrationCsv } from '../../demo/recap-file';
import { seedDemoCampaign } from '../../demo/seed';

describe.each(testDrivers)('campaign events on %s', (driver) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let admin: Awaited<ReturnType<typeof addTestSession>>;
  let viewer: Awaited<ReturnType<typeof addTestSession>>;
  const demo = generateDemoCampaign({ today: '2024-03-01' });
  const workers = toWorkers([...demo.registrations()]);

  beforeAll(async () => {
    db = await openTestDb(driver);
    await seedDemoCampaign(db, demo, testPseudonymize);
    app = createApp({ db, auth: { hash: TEST_HASH }, imports: { maxBytes: 1e7, pseudonymize: testPseudonymize, today: () => '2024-03-01' } });
    admin = await addTestSession(db, await addTestUser(db, { username: 'andry', role: 'admin' }));
    viewer = await addTestSession(db, await addTestUser(db, { username: 'lihat', role: 'viewer' }));
  });
  afterAll(async () => {
    await db?.close();
  });

  const list = async () => EventList.parse(await (await app.request(`${API_BASE}${apiPaths.events}`)).json()).events;
  const send = (method: string, path: string, body?: unknown, session = admin) =>
    app.request(`${API_BASE}${path}`, { method, headers: sessionHeaders(session, method), body: body === undefined ? undefined : JSON.stringify(body) });
  const countBetween = (from: string, to: string) => workers.filter((w) => w.registeredOn >= from && w.registeredOn < to).length;

  it('shows both socialisation sessions of 13 Nov 2023, with the workers registered 14 days before and after each event', async () => {
    const events = await list();
    const sessions = events.filter((e) => e.date === '2023-11-13');
    expect(sessions.map((e) => e.title)).toEqual([
      'Sosialisasi sesi 1: OPD dan kecamatan',
      'Sosialisasi sesi 2: Dinas Kesehatan dan Dinas Pendidikan',
    ]);
    for (const e of events) {
      expect(e.before, e.title).toBe(countBetween(addDays(e.date, -14), e.date));
      expect(e.after, e.title).toBe(countBetween(e.date, addDays(e.date, 14)));
    }
    expect(sessions[0]!.after).toBeGreaterThan(sessions[0]!.before);
    expect(events.every((e) => e.date <= '2024-03-01')).toBe(true);
  });

  it('lets admins add, change and remove events, and refuses bad input naming the field', async () => {
    const created = await send('POST', apiPaths.adminEvents, { date: '2024-02-05', title: 'Sosialisasi di Puskesmas Cawas', kind: 'sosialisasi', note: 'sesi tambahan' });
    expect(created.status).toBe(201);
    const added = (await created.json()).events.find((e: { title: string }) => e.title === 'Sosialisasi di Puskesmas Cawas');
    expect(added).toMatchObject({ date: '2024-02-05', kind: 'sosialisasi', editable: true, note: 'sesi tambahan' });
    const id = Number(added.id.slice(1));
    const changed = await send('PUT', apiPaths.adminEvent.replace('{id}', String(id)), { date: '2024-02-06', title: 'Sosialisasi Puskesmas Cawas', kind: 'sosialisasi' });
    expect(changed.status).toBe(200);
    expect((await list()).find((e) => e.id === `e${id}`)).toMatchObject({ date: '2024-02-06', note: null });
    const bad = await send('POST', apiPaths.adminEvents, { date: '2024-02-30', title: ' ', kind: 'impor' });
    expect(bad.status).toBe(400);
    const message = (await bad.json()).error.message;
    expect(message).toContain('date');
    expect(message).toContain('title');
    expect(message).toContain('kind');
    expect((await send('DELETE', apiPaths.adminEvent.replace('{id}', String(id)))).status).toBe(200);
    expect((await list()).some((e) => e.id === `e${id}`)).toBe(false);
    expect((await send('DELETE', apiPaths.adminEvent.replace('{id}', String(id)))).status).toBe(404);
  });

  it('is read by anyone but kept by admins only', async () => {
    expect((await send('POST', apiPaths.adminEvents, { date: '2024-02-05', title: 'x', kind: 'lainnya' }, viewer)).status).toBe(403);
    expect((await app.request(`${API_BASE}${apiPaths.adminEvents}`, { method: 'POST', headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('shows an applied import as an event, and the first real import removes the demo events', async () => {
    const rows = [...generateDemoCampaign({ today: '2024-03-01' }).registrations()].slice(0, 20);
    const upload = await app.request(`${API_BASE}${apiPaths.adminImports}?fileName=rekap-feb.csv`, {
      method: 'POST', headers: { ...sessionHeaders(admin, 'POST'), 'Content-Type': 'application/octet-stream' }, body: [...registrationCsv(rows)].join(''),
    });
    const { id } = await upload.json();
    await send('POST', apiPaths.adminImportApply.replace('{id}', String(id)), {});
    const events = await list();
    expect(events.filter((e) => e.kind !== 'impor')).toEqual([]);
    expect(events.find((e) => e.kind === 'impor')).toMatchObject({ title: 'Impor rekap pendaftaran: rekap-feb.csv', editable: false });
  });
});
