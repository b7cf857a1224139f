import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ApiError } from '../contract/common';
import { API_BASE, apiPaths } from '../contract/paths';
import { RankingQuery } from '../contract/ranking';
import { TimeseriesQuery } from '../contract/timeseries';
import { createDemoApi, type DemoApi } from './data/demo-api';

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
export function createHandlers(api: DemoApi = createDemoApi()) {
  return [
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
