import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../contract/auth';
import { API_BASE, apiPaths } from '../contract/paths';
import { CreatedSnapshot, Snapshot, SnapshotList } from '../contract/snapshots';
import { createAdminStore } from './data/admin-store';
import { createDemoApi } from './data/demo-api';
import { createSnapshotHandlers } from './snapshot-handlers';

describe('MSW snapshot handlers', () => {
  const api = createDemoApi({ today: '2026-11-23' });
  const admin = createAdminStore({ now: () => new Date('2026-11-23T04:30:00Z') });
  let clock = new Date('2026-11-23T05:00:00Z');
  const server = setupServer(...createSnapshotHandlers(api, admin, () => clock));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const at = (path: string) => `http://localhost${API_BASE}${path}`;
  const post = (path: string, body: unknown = {}) =>
    fetch(at(path), { method: 'POST', headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: admin.me().csrfToken ?? '' }, body: JSON.stringify(body) });

  it('creates, opens, lists, expires and revokes like the server', async () => {
    const res = await post(apiPaths.snapshots, { title: 'Rapat', view: { path: '/peringkat' }, expiresInDays: 2 });
    expect(res.status).toBe(201);
    const created = CreatedSnapshot.parse(await res.json());
    const open = () => fetch(at(apiPaths.snapshot.replace('{token}', created.token)));
    const snap = Snapshot.parse(await (await open()).json());
    expect(snap.data.summary).toEqual(api.summary());
    expect(snap.data.rankingPercent).toEqual(api.ranking('percent'));
    expect((await post(apiPaths.snapshots, { title: 'x', view: { path: '/admin' } })).status).toBe(400);
    expect((await fetch(at(apiPaths.snapshot.replace('{token}', 'nope')))).status).toBe(404);
    const list = SnapshotList.parse(await (await fetch(at(apiPaths.adminSnapshots))).json());
    expect(list.snapshots[0]).toMatchObject({ id: created.id, opens: 1, status: 'live' });
    clock = new Date(clock.getTime() + 3 * 86_400_000);
    expect((await open()).status).toBe(410);
    clock = new Date('2026-11-23T05:00:00Z');
    expect((await post(apiPaths.adminSnapshotRevoke.replace('{id}', String(created.id)))).status).toBe(200);
    const gone = await open();
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe('snapshot_revoked');
  });
});
