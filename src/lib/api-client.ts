import type { z } from 'zod';
import { ApiError as ApiErrorBody } from '../../contract/common';
import { API_BASE } from '../../contract/paths';

export type ApiErrorKind = 'http' | 'network' | 'contract';

/** Every failure of an API call: a non-2xx answer, no answer, or an answer that does not match the contract. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { url: string; status?: number; code?: string; cause?: unknown } ,
  ) {
    super(message, { cause: details.cause });
  }
  get status(): number | undefined {
    return this.details.status;
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

/** GET a path and parse the body with the contract schema, so any drift fails loudly here. */
export async function apiGet<S extends z.ZodType>(path: string, schema: S, options: GetOptions = {}): Promise<z.output<S>> {
  const url = apiUrl(path, options.query);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError('network', `Network error for ${url.pathname}`, { url: url.href, cause });
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = ApiErrorBody.safeParse(body);
    throw new ApiError(
      'http',
      parsedError.success ? parsedError.data.error.message : `HTTP ${response.status} for ${url.pathname}`,
      { url: url.href, status: response.status, code: parsedError.success ? parsedError.data.error.code : undefined },
    );
  }

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
