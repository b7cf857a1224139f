import type { z } from 'zod';
import type { CSRF_HEADER as CsrfHeader } from '../../contract/auth';
import { API_BASE } from '../../contract/paths';
import { servedFromCache } from '../offline/connection-store';

export type ApiErrorKind = 'http' | 'network' | 'contract';

/**
 * The contract's name for the CSRF header. Spelled out here because importing it from contract/auth.ts would
 * bring every auth schema, and zod with them, into the first download; the type keeps the two in step.
 */
const CSRF_HEADER: typeof CsrfHeader = 'X-CSRF-Token';

/**
 * A response schema, or a loader for one. Code on the first screen passes a loader
 * (`() => import('contract/x').then((m) => m.X)`), so zod and the contract load beside the first request
 * instead of before the first paint.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

const loadSchema = <S extends z.ZodType>(source: SchemaSource<S>): Promise<S> =>
  typeof source === 'function' ? source() : Promise.resolve(source);

/** Every failure of an API call: a non-2xx answer, no answer, or an answer that does not match the contract. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { url: string; status?: number; code?: string; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, { cause: details.cause });
  }
  get status(): number | undefined {
    return this.details.status;
  }
  /** The API's error code, e.g. `invalid_credentials`. */
  get code(): string | undefined {
    return this.details.code;
  }
}

/** Absolute URL from one base, so the same code runs in the browser and under MSW in Node. */
export function apiUrl(path: string, query?: Record<string, string | undefined>): URL {
  const url = new URL(API_BASE + path, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url;
}

export interface GetOptions {
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export interface SendOptions extends GetOptions {
  /** The session's token (GET /api/auth/me or the sign-in answer); every request that changes data needs it. */
  csrfToken?: string | null;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, e.g. a File: the browser streams it from disk instead of reading it into memory. */
  body?: Blob | ArrayBuffer | ReadableStream<Uint8Array>;
  contentType?: string;
  /** POST unless said otherwise: PUT and DELETE go through the same CSRF and error handling. */
  method?: 'POST' | 'PUT' | 'DELETE';
}

async function send(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', `Network error for ${url.pathname}`, { url: url.href, cause });
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** A non-2xx answer as an ApiError carrying the API's own code and (Indonesian) message when it sent one. */
async function httpError(url: URL, response: Response, body: unknown): Promise<ApiError> {
  const { ApiError: ApiErrorBody } = await import('../../contract/common');
  const parsedError = ApiErrorBody.safeParse(body);
  return new ApiError(
    'http',
    parsedError.success ? parsedError.data.error.message : `HTTP ${response.status} for ${url.pathname}`,
    {
      url: url.href,
      status: response.status,
      code: parsedError.success ? parsedError.data.error.code : undefined,
      retryAfterSeconds: retryAfterSeconds(response),
    },
  );
}

function parseBody<S extends z.ZodType>(url: URL, response: Response, schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('contract', `Response from ${url.pathname} does not match the contract: ${parsed.error.message}`, {
      url: url.href,
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** GET a path and parse the body with the contract schema, so any drift fails loudly here. */
export async function apiGet<S extends z.ZodType>(path: string, schema: SchemaSource<S>, options: GetOptions = {}): Promise<z.output<S>> {
  const url = apiUrl(path, options.query);
  // The schema (and zod) loads while the request is on its way.
  const loading = loadSchema(schema);
  loading.catch(() => undefined);
  const response = await send(url, { headers: { accept: 'application/json' } }, options.signal);
  // The service worker marks an answer it took from its saved copy; the data stamps say so.
  servedFromCache.noteResponse(response.headers);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw await httpError(url, response, body);
  return parseBody(url, response, await loading, body);
}

/**
 * POST to a path with the CSRF header; the answer is parsed with `schema`, or ignored when it is null
 * (204 No Content). A JSON body (`json`) or a raw one (`body`, sent as application/octet-stream).
 */
export async function apiPost<S extends z.ZodType>(path: string, schema: SchemaSource<S>, options?: SendOptions): Promise<z.output<S>>;
export async function apiPost(path: string, schema: null, options?: SendOptions): Promise<void>;
export async function apiPost<S extends z.ZodType>(path: string, schema: SchemaSource<S> | null, options: SendOptions = {}): Promise<z.output<S> | void> {
  const url = apiUrl(path, options.query);
  const loading = schema === null ? null : loadSchema(schema);
  loading?.catch(() => undefined);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.csrfToken) headers[CSRF_HEADER] = options.csrfToken;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
    body = options.body;
  }
  // A stream body must be sent half-duplex; a File or Blob is not a stream and needs no such flag.
  const init: RequestInit & { duplex?: 'half' } = { method: options.method ?? 'POST', headers, body, credentials: 'same-origin' };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const response = await send(url, init, options.signal);
  const parsedBody: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw await httpError(url, response, parsedBody);
  if (loading === null) return;
  return parseBody(url, response, await loading, parsedBody);
}

/**
 * What the API itself said about a refused request (its messages are written for people, in Indonesian),
 * or null when there is nothing useful to show: a server fault, no answer, a broken contract.
 */
export function apiRefusal(error: unknown): string | null {
  return error instanceof ApiError && error.kind === 'http' && error.code !== undefined && (error.status ?? 500) < 500
    ? error.message
    : null;
}
