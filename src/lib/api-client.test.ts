import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { ApiError, apiGet, apiPost, apiUrl } from './api-client';

const ORIGIN = 'http://dashboard.test';
const Thing = z.object({ count: z.number().int() });
const server = setupServer(
  http.get(`${ORIGIN}/api/thing`, ({ request }) => HttpResponse.json({ count: Number(new URL(request.url).searchParams.get('n') ?? 1) })),
  http.get(`${ORIGIN}/api/drift`, () => HttpResponse.json({ count: 'many' })),
  http.get(`${ORIGIN}/api/broken`, () => HttpResponse.json({ error: { code: 'invalid_query', message: 'interval: bad' } }, { status: 400 })),
  http.get(`${ORIGIN}/api/down`, () => new HttpResponse('<html>bad gateway</html>', { status: 502 })),
  http.get(`${ORIGIN}/api/offline`, () => HttpResponse.error()),
  http.post(`${ORIGIN}/api/echo`, async ({ request }) =>
    HttpResponse.json({
      count: (await request.text()).length,
      csrf: request.headers.get('X-CSRF-Token'),
      type: request.headers.get('content-type'),
    }),
  ),
  http.post(`${ORIGIN}/api/empty`, () => new HttpResponse(null, { status: 204 })),
  http.post(`${ORIGIN}/api/locked`, () =>
    HttpResponse.json({ error: { code: 'too_many_attempts', message: 'Coba lagi dalam 15 menit.' } }, { status: 429, headers: { 'Retry-After': '900' } }),
  ),
);
const Echo = z.object({ count: z.number(), csrf: z.string().nullable(), type: z.string().nullable() });

beforeAll(() => {
  vi.stubGlobal('window', { location: { origin: ORIGIN } });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('api-client', () => {
  it('builds absolute URLs under /api and leaves out undefined parameters', () => {
    expect(apiUrl('/ranking', { metric: 'percent', other: undefined }).href).toBe(`${ORIGIN}/api/ranking?metric=percent`);
  });

  it('parses a response with the contract schema', async () => {
    await expect(apiGet('/thing', Thing, { query: { n: '7' } })).resolves.toEqual({ count: 7 });
  });

  it('fails loudly when a response drifts from the contract', async () => {
    const error = await failure(apiGet('/drift', Thing));
    expect(error.kind).toBe('contract');
    expect(error.message).toMatch(/does not match the contract/);
  });

  it('turns a non-2xx answer into a typed error, with the API error code when there is one', async () => {
    const bad = await failure(apiGet('/broken', Thing));
    expect({ kind: bad.kind, status: bad.status, code: bad.details.code, message: bad.message }).toEqual({
      kind: 'http',
      status: 400,
      code: 'invalid_query',
      message: 'interval: bad',
    });
    const down = await failure(apiGet('/down', Thing));
    expect({ kind: down.kind, status: down.status, code: down.details.code }).toEqual({ kind: 'http', status: 502, code: undefined });
  });

  it('reports a network failure as such', async () => {
    expect((await failure(apiGet('/offline', Thing))).kind).toBe('network');
  });

  it('posts JSON or a raw body with the CSRF header, and reads 204 as nothing', async () => {
    await expect(apiPost('/echo', Echo, { json: { partial: true }, csrfToken: 'tok' })).resolves.toEqual({
      count: '{"partial":true}'.length,
      csrf: 'tok',
      type: 'application/json',
    });
    await expect(apiPost('/echo', Echo, { body: new Blob(['a;b\n1;2\n']) })).resolves.toEqual({
      count: 8,
      csrf: null,
      type: 'application/octet-stream',
    });
    await expect(apiPost('/empty', null, { csrfToken: 'tok' })).resolves.toBeUndefined();
  });

  it('keeps the API error code and the Retry-After wait of a refused POST', async () => {
    const locked = await failure(apiPost('/locked', Thing, { json: {} }));
    expect({ status: locked.status, code: locked.code, wait: locked.details.retryAfterSeconds, message: locked.message }).toEqual({
      status: 429,
      code: 'too_many_attempts',
      wait: 900,
      message: 'Coba lagi dalam 15 menit.',
    });
  });
});
