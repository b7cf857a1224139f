import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ApiError } from '../contract/common';
import { API_BASE, apiPaths } from '../contract/paths';
import { RankingQuery } from '../contract/ranking';
import { TimeseriesQuery } from '../contract/timeseries';
import { ScopeQuery } from '../contract/breakdowns';
import { CampaignTargetInput, UnitTargetInput } from '../contract/targets';
import { createDemoApi, type DemoApi } from './data/demo-api';
import { createAdminStore, MockApiError, type AdminStore } from './data/admin-store';
import { CSRF_HEADER, LoginRequest } from '../contract/auth';
import { ApplyBody, UploadQuery } from '../contract/imports';
import { EVENT_WINDOW_DAYS, EventInput, type CampaignEvent, type EventList } from '../contract/events';
import { addDays } from '../contract/dates';
import { createSnapshotHandlers } from './snapshot-handlers';

/** `*` in front so the same handlers match the page's origin in the browser and any origin in Node. */
export const mockUrl = (path: string) => `*${API_BASE}${path}`;

export function apiErrorResponse(status: number, code: string, message: string) {
  return HttpResponse.json<ApiError>({ error: { code, message } }, { status });
}

/** Query parameters are checked with the contract's own schemas: a bad one is a 400, as on the server. */
function parseQuery<S extends z.ZodType>(schema: S, request: Request): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, data: parsed.data };
  const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
  return { ok: false, response: apiErrorResponse(400, 'invalid_query', message) };
}

const openApiStub = {
  openapi: '3.1.0',
  info: { title: 'Pantau Peduli API (mock)', version: '0.0.0', description: 'Served by MSW; the real document comes from the server.' },
  paths: {},
};

/** One handler per endpoint in contract/paths.ts, answered from the demo campaign. */
export function createHandlers(api: DemoApi = createDemoApi(), admin: AdminStore = createAdminStore()) {
  return [
    ...createAdminHandlers(admin),
    ...createEventHandlers(api, admin),
    ...createTargetHandlers(api, admin),
    ...createSnapshotHandlers(api, admin),
    http.get(mockUrl(apiPaths.health), () => HttpResponse.json(api.health())),
    http.get(mockUrl(apiPaths.openapi), () => HttpResponse.json(openApiStub)),
    http.get(mockUrl(apiPaths.summary), () => HttpResponse.json(api.summary())),
    http.get(mockUrl(apiPaths.timeseries), ({ request }) => {
      const query = parseQuery(TimeseriesQuery, request);
      if (!query.ok) return query.response;
      const { interval, ...scope } = query.data;
      return scoped(api, scope) ?? HttpResponse.json(api.timeseries(interval, scope));
    }),
    http.get(mockUrl(apiPaths.units), () => HttpResponse.json(api.units())),
    http.get(mockUrl(apiPaths.kecamatan), () => HttpResponse.json(api.kecamatan())),
    http.get(mockUrl(apiPaths.coverage), () => HttpResponse.json(api.coverage())),
    http.get(mockUrl(apiPaths.occupations), ({ request }) => {
      const query = parseQuery(ScopeQuery, request);
      if (!query.ok) return query.response;
      return scoped(api, query.data) ?? HttpResponse.json(api.occupations(query.data));
    }),
    http.get(mockUrl(apiPaths.ranking), ({ request }) => {
      const query = parseQuery(RankingQuery, request);
      return query.ok ? HttpResponse.json(api.ranking(query.data.metric)) : query.response;
    }),
    http.get(mockUrl(apiPaths.rankingHistory), ({ request }) => {
      const query = parseQuery(RankingQuery, request);
      return query.ok ? HttpResponse.json(api.rankingHistory(query.data.metric)) : query.response;
    }),
  ];
}

/** A unit or kecamatan that does not exist (404), or both asked at once (400), as the server answers; null when fine. */
function scoped(api: DemoApi, query: ScopeQuery): Response | null {
  const resolved = api.scopeOf(query);
  return resolved.ok ? null : apiErrorResponse(resolved.status, resolved.status === 404 ? 'not_found' : 'invalid_query', resolved.message);
}

/** Targets: the demo's history to start with, changed in the admin fake (mocks/data/target-store.ts). */
export function createTargetHandlers(api: DemoApi, admin: AdminStore) {
  admin.targets.seedWith(() => ({ history: api.targetHistory(), units: api.targetUnits() }));
  const csrf = (request: Request) => request.headers.get(CSRF_HEADER);
  const body = async <S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S>> => {
    const parsed = schema.safeParse(await request.json().catch(() => null));
    if (parsed.success) return parsed.data;
    throw new MockApiError(400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; '));
  };
  return [
    http.get(mockUrl(apiPaths.targets), () => HttpResponse.json(admin.targets.history())),
    http.post(mockUrl(apiPaths.adminTargets), ({ request }) =>
      answer(async () => {
        admin.authorize('admin', csrf(request), true);
        admin.targets.changeCampaign(await body(CampaignTargetInput, request), admin.me().user?.username ?? null);
        return admin.targets.history();
      }, 201),
    ),
    http.put(idPath(apiPaths.adminUnitTarget), ({ request, params }) =>
      answer(async () => {
        admin.authorize('admin', csrf(request), true);
        const id = Number(params.id);
        if (!Number.isInteger(id) || id <= 0) throw new MockApiError(400, 'invalid_request', 'id: Invalid input');
        admin.targets.changeUnit(id, await body(UnitTargetInput, request), admin.me().user?.username ?? null);
        return admin.targets.history();
      }),
    ),
  ];
}

const idPath = (path: string) => mockUrl(path.replace('{id}', ':id'));

/** Runs a handler of the in-memory admin fake, turning its refusals into the API's error answers. */
async function answer(run: () => unknown | Promise<unknown>, status = 200): Promise<Response> {
  try {
    const body = await run();
    return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body as object, { status });
  } catch (error) {
    if (!(error instanceof MockApiError)) throw error;
    return HttpResponse.json<ApiError>({ error: { code: error.code, message: error.message } }, { status: error.status, headers: error.headers });
  }
}

/** Accounts and imports, answered by a small in-memory fake (mocks/data/admin-store.ts): signed in as an admin by default. */
export function createAdminHandlers(admin: AdminStore) {
  const csrf = (request: Request) => request.headers.get(CSRF_HEADER);
  return [
    http.get(mockUrl(apiPaths.authMe), () => HttpResponse.json(admin.me())),
    http.post(mockUrl(apiPaths.authLogin), async ({ request }) => {
      const parsed = LoginRequest.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return apiErrorResponse(400, 'invalid_request', 'Isi nama pengguna dan kata sandi.');
      return answer(() => admin.login(parsed.data.username, parsed.data.password));
    }),
    http.post(mockUrl(apiPaths.authLogout), ({ request }) =>
      answer(() => {
        admin.authorize('viewer', csrf(request), true);
        admin.logout();
      }),
    ),
    http.get(mockUrl(apiPaths.adminImports), () =>
      answer(() => {
        admin.authorize('admin', null, false);
        return admin.list();
      }),
    ),
    http.post(mockUrl(apiPaths.adminImports), async ({ request }) => {
      const query = parseQuery(UploadQuery, request);
      if (!query.ok) return query.response;
      const bytes = new Uint8Array(await request.arrayBuffer());
      return answer(() => {
        admin.authorize('admin', csrf(request), true);
        return admin.upload(query.data.fileName, bytes);
      }, 201);
    }),
    http.get(idPath(apiPaths.adminImport), ({ params }) =>
      answer(() => {
        admin.authorize('admin', null, false);
        return admin.get(Number(params.id));
      }),
    ),
    http.post(idPath(apiPaths.adminImportApply), async ({ request, params }) => {
      const body = ApplyBody.safeParse(await request.json().catch(() => ({})));
      return answer(() => {
        admin.authorize('admin', csrf(request), true);
        return admin.apply(Number(params.id), body.success ? body.data.partial : false);
      });
    }),
    http.post(idPath(apiPaths.adminImportCancel), ({ request, params }) =>
      answer(() => {
        admin.authorize('admin', csrf(request), true);
        return admin.cancel(Number(params.id));
      }),
    ),
    http.post(idPath(apiPaths.adminImportUndo), ({ request, params }) =>
      answer(() => {
        admin.authorize('admin', csrf(request), true);
        return admin.undo(Number(params.id));
      }),
    ),
  ];
}

/**
 * Campaign events: stored ones and applied imports from the admin fake, target changes from the demo's
 * target history, each with the workers first registered in the 14 days before and from its date.
 */
export function createEventHandlers(api: DemoApi, admin: AdminStore) {
  let daily: Map<string, number> | null = null;
  const registeredBetween = (from: string, to: string) => {
    daily ??= new Map(api.timeseries('day').points.map((p) => [p.date, p.new]));
    let n = 0;
    for (let d = from; d < to; d = addDays(d, 1)) n += daily.get(d) ?? 0;
    return n;
  };
  const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const targetEvents = () =>
    admin.targets
      .history()
      .versions.filter((v) => v.unitId === null && v.previous !== null)
      .map((v) => ({
        id: `t${v.id}`,
        date: v.effectiveFrom,
        title: `Target diubah: ${thousands(v.previous!.target)} → ${thousands(v.target)} pekerja`,
        kind: 'target' as const,
        note: v.note,
        editable: false,
      }));
  const list = (): EventList => ({
    events: [...admin.events(), ...targetEvents()]
      .map((e): CampaignEvent => ({ ...e, before: registeredBetween(addDays(e.date, -EVENT_WINDOW_DAYS), e.date), after: registeredBetween(e.date, addDays(e.date, EVENT_WINDOW_DAYS)) }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  });
  const csrf = (request: Request) => request.headers.get(CSRF_HEADER);
  /** The body checked with the contract's schema, as the server's validator does: a 400 naming each bad field. */
  const input = (body: unknown) => {
    const parsed = EventInput.safeParse(body);
    if (parsed.success) return parsed.data;
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    throw new MockApiError(400, 'invalid_request', message);
  };
  const eventId = (raw: unknown) => {
    const id = Number(raw);
    if (!Number.isInteger(id) || id <= 0) throw new MockApiError(400, 'invalid_request', 'id: Invalid input');
    return id;
  };
  return [
    http.get(mockUrl(apiPaths.events), () => HttpResponse.json(list())),
    http.post(mockUrl(apiPaths.adminEvents), async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      return answer(() => {
        admin.authorize('admin', csrf(request), true);
        admin.addEvent(input(body));
        return list();
      }, 201);
    }),
    http.put(idPath(apiPaths.adminEvent), async ({ request, params }) => {
      const body: unknown = await request.json().catch(() => null);
      return answer(() => {
        admin.authorize('admin', csrf(request), true);
        admin.updateEvent(eventId(params.id), input(body));
        return list();
      });
    }),
    http.delete(idPath(apiPaths.adminEvent), ({ request, params }) =>
      answer(() => {
        admin.authorize('admin', csrf(request), true);
        admin.deleteEvent(eventId(params.id));
        return list();
      }),
    ),
  ];
}
