import { http, HttpResponse } from 'msw';
import { CSRF_HEADER } from '../contract/auth';
import type { ApiError } from '../contract/common';
import { API_BASE, apiPaths } from '../contract/paths';
import {
  CreateSnapshotRequest,
  parseSnapshotPath,
  snapshotPagePath,
  type Snapshot,
  type SnapshotData,
  type SnapshotListItem,
  type SnapshotView,
} from '../contract/snapshots';
import { MockApiError, type AdminStore } from './data/admin-store';
import type { DemoApi } from './data/demo-api';

const url = (path: string) => `*${API_BASE}${path.replace('{id}', ':id').replace('{token}', ':token')}`;
const DAY_MS = 86_400_000;

interface StoredSnapshot extends Omit<SnapshotListItem, 'status'> {
  token: string;
  note: string | null;
  asOf: string | null;
  data: SnapshotData;
}

/**
 * Snapshots (issue 5) in memory, as the server answers them: created by any signed-in user from the demo's
 * aggregates (frozen at creation), opened by token (404 unknown, 410 expired or revoked), listed and revoked
 * by admins. No rate limit here.
 */
export function createSnapshotHandlers(api: DemoApi, admin: AdminStore, now: () => Date = () => new Date()) {
  const store: StoredSnapshot[] = [];
  let nextId = 1;
  const status = (s: StoredSnapshot): SnapshotListItem['status'] => (s.revokedAt ? 'revoked' : Date.parse(s.expiresAt) > now().getTime() ? 'live' : 'expired');
  const listItem = (s: StoredSnapshot): SnapshotListItem => ({
    id: s.id, title: s.title, author: s.author, createdAt: s.createdAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt,
    status: status(s), opens: s.opens, lastOpenedAt: s.lastOpenedAt, view: s.view, asOfDate: s.asOfDate,
  });
  const dataFor = (view: SnapshotView): SnapshotData => {
    const parsed = parseSnapshotPath(view.path);
    if (!parsed) throw new MockApiError(400, 'invalid_request', 'view.path: halaman tidak dikenal');
    const summary = api.summary();
    switch (parsed.page) {
      case '/':
        return { summary, timeseriesWeek: api.timeseries('week', {}), timeseriesDay: api.timeseries('day', {}), rankingCount: api.ranking('count'), units: api.units(), kecamatan: api.kecamatan(), occupations: api.occupations({}) };
      case '/peringkat':
        return { summary, rankingCount: api.ranking('count'), rankingPercent: api.ranking('percent'), rankingHistoryCount: api.rankingHistory('count'), rankingHistoryPercent: api.rankingHistory('percent') };
      case '/cakupan':
        return { summary, coverage: api.coverage() };
      case '/unit':
        return { summary, units: api.units(), kecamatan: api.kecamatan() };
      default: {
        const scope = parsed.page === '/unit/:id' ? { unit: parsed.unit } : { kecamatan: parsed.kecamatan };
        const resolved = api.scopeOf(scope);
        if (!resolved.ok) throw new MockApiError(400, 'invalid_request', `view.path: ${resolved.message}`);
        return { summary, timeseriesWeek: api.timeseries('week', scope), timeseriesDay: api.timeseries('day', scope), occupations: api.occupations(scope), units: api.units(), kecamatan: api.kecamatan() };
      }
    }
  };
  const run = async (fn: () => unknown, okStatus = 200) => {
    try {
      return HttpResponse.json((await fn()) as object, { status: okStatus });
    } catch (error) {
      if (!(error instanceof MockApiError)) throw error;
      return HttpResponse.json<ApiError>({ error: { code: error.code, message: error.message } }, { status: error.status, headers: error.headers });
    }
  };
  return [
    http.post(url(apiPaths.snapshots), ({ request }) =>
      run(async () => {
        admin.authorize('viewer', request.headers.get(CSRF_HEADER), true);
        const parsed = CreateSnapshotRequest.safeParse(await request.json().catch(() => null));
        if (!parsed.success) throw new MockApiError(400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '));
        const input = parsed.data;
        const data = dataFor(input.view);
        const created = now();
        const token = `mock${String(nextId).padStart(39, '0')}`;
        const stored: StoredSnapshot = {
          id: nextId++,
          token,
          title: input.title,
          note: input.note,
          author: admin.me().user?.displayName ?? '',
          createdAt: created.toISOString(),
          expiresAt: new Date(created.getTime() + input.expiresInDays * DAY_MS).toISOString(),
          revokedAt: null,
          opens: 0,
          lastOpenedAt: null,
          view: input.view,
          asOf: data.summary.asOf,
          asOfDate: data.summary.asOfDate,
          data: structuredClone(data),
        };
        store.push(stored);
        return { id: stored.id, url: snapshotPagePath(token), token, expiresAt: stored.expiresAt };
      }, 201),
    ),
    http.get(url(apiPaths.snapshot), ({ params }) =>
      run(() => {
        const s = store.find((x) => x.token === params.token);
        if (!s) throw new MockApiError(404, 'not_found', 'Snapshot tidak ditemukan. Periksa kembali tautannya.');
        const st = status(s);
        if (st === 'revoked') throw new MockApiError(410, 'snapshot_revoked', 'Tautan snapshot ini sudah dicabut oleh admin dan tidak dapat dibuka lagi. Mintalah tautan baru kepada pengirimnya.');
        if (st === 'expired') throw new MockApiError(410, 'snapshot_expired', 'Tautan snapshot ini sudah kedaluwarsa. Mintalah tautan baru kepada pengirimnya.');
        s.opens += 1;
        s.lastOpenedAt = now().toISOString();
        const snapshot: Snapshot = { title: s.title, note: s.note, author: s.author, createdAt: s.createdAt, expiresAt: s.expiresAt, asOf: s.asOf, asOfDate: s.asOfDate, view: s.view, data: s.data };
        return snapshot;
      }),
    ),
    http.get(url(apiPaths.adminSnapshots), () =>
      run(() => {
        admin.authorize('admin', null, false);
        return { snapshots: [...store].reverse().map(listItem) };
      }),
    ),
    http.post(url(apiPaths.adminSnapshotRevoke), ({ request, params }) =>
      run(() => {
        admin.authorize('admin', request.headers.get(CSRF_HEADER), true);
        const s = store.find((x) => x.id === Number(params.id));
        if (!s) throw new MockApiError(404, 'not_found', 'Snapshot tidak ditemukan.');
        s.revokedAt ??= now().toISOString();
        return listItem(s);
      }),
    ),
  ];
}
