import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ApiError } from '../contract/common';
import { API_BASE, apiPaths } from '../contract/paths';
import { RankingQuery } from '../contract/ranking';
import { TimeseriesQuery } from '../contract/timeseries';
import { createDemoApi, type DemoApi } from './data/demo-api';
import { createAdminStore, MockApiError, type AdminStore } from './data/admin-store';
import { CSRF_HEADER, LoginRequest } from '../contract/auth';
import { ApplyBody, UploadQuery } from '../contract/imports';

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
    http.get(mockUrl(apiPaths.health), () => HttpResponse.json(api.health())),
    http.get(mockUrl(apiPaths.openapi), () => HttpResponse.json(openApiStub)),
    http.get(mockUrl(apiPaths.summary), () => HttpResponse.json(api.summary())),
    http.get(mockUrl(apiPaths.timeseries), ({ request }) => {
      const query = parseQuery(TimeseriesQuery, request);
      return query.ok ? HttpResponse.json(api.timeseries(query.data.interval)) : query.response;
    }),
    http.get(mockUrl(apiPaths.units), () => HttpResponse.json(api.units())),
    http.get(mockUrl(apiPaths.kecamatan), () => HttpResponse.json(api.kecamatan())),
    http.get(mockUrl(apiPaths.occupations), () => HttpResponse.json(api.occupations())),
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
