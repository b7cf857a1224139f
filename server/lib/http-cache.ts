import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { accessFor } from '../../contract/access-policy';
import { API_BASE, apiPaths } from '../../contract/paths';
import { todayInWib } from '../../contract/dates';
import type { Queryable } from '../db/client';

/**
 * Public aggregate answers, kept in memory per data version (issue 7). The version is one row that triggers bump
 * in the same transaction as any change to the data these answers come from (migration 0008), so an answer
 * computed under version V stays right until V changes. That lets a GET be answered without touching the
 * database, which matters because an import holds PGlite for tens of seconds and every query queues behind it.
 *
 * - The known version is refreshed in the background at most every `ttlMs` (other servers on the same
 *   PostgreSQL may change the data), and awaited right after every write request through this process, so here a
 *   change shows at once. A GET waits for the version only when none is known yet.
 * - Identical misses are computed once; the rest wait for that one answer.
 * - Every cached answer carries a strong ETag of its bytes and `Cache-Control: no-cache`: browsers (and the
 *   service worker's fetches) revalidate each time and get 304 without a body while nothing changed.
 * - Bodies are compressed once per encoding and kept, rather than on every request.
 */

/** Public GETs worth keeping. Everything else public is left out on purpose, for the reason given. */
export const CACHED_PATHS: readonly string[] = [
  apiPaths.summary,
  apiPaths.timeseries,
  apiPaths.units,
  apiPaths.kecamatan,
  apiPaths.occupations,
  apiPaths.ranking,
  apiPaths.rankingHistory,
  apiPaths.coverage,
  apiPaths.events,
  apiPaths.targets,
  apiPaths.openapi,
].map((p) => `${API_BASE}${p}`);

export const UNCACHED_PUBLIC_PATHS: Readonly<Record<string, string>> = {
  [`${API_BASE}${apiPaths.health}`]: 'a live probe of the database',
  [`${API_BASE}${apiPaths.authMe}`]: 'depends on the session',
  [`${API_BASE}/snapshots/:token`]: 'counts opens and rate-limits guesses',
};

export interface HttpCacheOptions {
  db: Queryable;
  /** The app's clock (tests move it): answers are kept per WIB day as well as per data version. */
  now?: () => Date;
  /** How old the known version may get before a GET refreshes it in the background. */
  ttlMs?: number;
  maxEntries?: number;
  maxBytes?: number;
}

export interface HttpCacheStats {
  hits: number;
  misses: number;
  coalesced: number;
  entries: number;
  bytes: number;
  version: string | null;
}

type Encoding = 'br' | 'gzip';
type Bytes = Uint8Array<ArrayBuffer>;
const COMPRESS_MIN_BYTES = 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

interface Entry {
  key: string;
  version: bigint;
  status: number;
  body: Bytes;
  contentType: string;
  hash: string;
  encoded: Map<Encoding, Promise<Bytes>>;
  bytes: number;
}

export interface HttpCache {
  middleware: MiddlewareHandler;
  stats(): HttpCacheStats;
  /** Reads the version now (after a write made outside HTTP, e.g. the CLI importer in this process). */
  refresh(): Promise<void>;
}

export function createHttpCache({ db, now = () => new Date(), ttlMs = 1000, maxEntries = 500, maxBytes = 32 * 1024 * 1024 }: HttpCacheOptions): HttpCache {
  const version = versionTracker(db, ttlMs);
  const entries = new Map<string, Entry>(); // insertion order = least recently used first
  const inflight = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  const counts = { hits: 0, misses: 0, coalesced: 0 };

  const drop = (entry: Entry) => {
    entries.delete(entry.key);
    bytes -= entry.bytes;
  };
  const store = (entry: Entry) => {
    const old = entries.get(entry.key);
    if (old) drop(old);
    entries.set(entry.key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.values()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
  };
  const lookup = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  };
  /** Compressed bytes count against the cap once made. */
  const encode = (entry: Entry, encoding: Encoding): Promise<Bytes> => {
    let done = entry.encoded.get(encoding);
    if (!done) {
      done = (encoding === 'br'
        ? brotliAsync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
        : gzipAsync(entry.body, { level: 6 })
      ).then((buf) => {
        const out = new Uint8Array(buf.buffer as ArrayBuffer, buf.byteOffset, buf.byteLength);
        if (entries.get(entry.key) === entry) {
          entry.bytes += out.byteLength;
          bytes += out.byteLength;
        }
        return out;
      });
      entry.encoded.set(encoding, done);
    }
    return done;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      // A write may have changed the data: know the new version before answering, so the writer's next read
      // (and everyone's) is fresh. 4xx were refused before touching anything.
      if (c.res.status < 400 || c.res.status >= 500) await version.refresh(true).catch(() => undefined);
      return;
    }
    if (!isCachedPath(c.req.path)) return next();

    const current = await version.current();
    if (current === null) return next(); // no version table (yet): answer as if there were no cache
    const url = new URL(c.req.url);
    url.searchParams.sort();
    const key = `${current}|${todayInWib(now())}|${normalisePath(url.pathname)}?${url.searchParams.toString()}`;

    const hit = lookup(key);
    if (hit) {
      counts.hits++;
      return respond(hit, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'), encode);
    }
    const pending = inflight.get(key);
    if (pending) {
      counts.coalesced++;
      const entry = await pending;
      if (entry) return respond(entry, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'), encode);
      return next(); // the first one's answer could not be shared (an error, a cookie): compute our own
    }

    counts.misses++;
    let settle!: (entry: Entry | null) => void;
    inflight.set(key, new Promise((ok) => (settle = ok)));
    let entry: Entry | null = null;
    try {
      await next();
      entry = await capture(c.res, key, current);
      if (entry) {
        // Keep it only if the version did not move while it was computed: else it may hold older data.
        if (version.known() === current) store(entry);
        c.res = undefined; // replace, not merge: the captured headers are all we answer with
        c.res = await respond(entry, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'), encode);
      }
    } finally {
      inflight.delete(key);
      settle(entry);
    }
  };

  return {
    middleware,
    stats: () => ({ ...counts, entries: entries.size, bytes, version: version.known()?.toString() ?? null }),
    refresh: () => version.refresh(true),
  };
}

function normalisePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

const cachedPaths = new Set(CACHED_PATHS);

/** Listed above and public in the access table: a path dropped from the table can never be served from here. */
export function isCachedPath(path: string): boolean {
  const p = normalisePath(path);
  return cachedPaths.has(p) && accessFor('GET', p) === 'public';
}

/** Only a plain 200 that is the same for everyone: no cookie, nothing marked private or no-store. */
async function capture(res: Response, key: string, version: bigint): Promise<Entry | null> {
  if (res.status !== 200 || res.headers.has('Set-Cookie') || res.headers.has('Content-Encoding')) return null;
  if (/no-store|private/i.test(res.headers.get('Cache-Control') ?? '')) return null;
  const contentType = res.headers.get('Content-Type');
  if (!contentType) return null;
  const body = new Uint8Array(await res.arrayBuffer());
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
  return { key, version, status: res.status, body, contentType, hash, encoded: new Map(), bytes: body.byteLength + key.length };
}

/** The best of br and gzip the client takes (q > 0); identity when neither or the body is small. */
export function chooseEncoding(acceptEncoding: string | undefined, size: number): Encoding | null {
  if (!acceptEncoding || size < COMPRESS_MIN_BYTES) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name!.trim(), qParam ? Number(qParam.slice(2)) : 1);
  }
  const quality = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => quality(e) > 0).sort((a, b) => quality(b) - quality(a))[0];
  return best ?? null;
}

/** One validator per representation, all sharing the body's hash so any of them revalidates. */
const etagFor = (hash: string, encoding: Encoding | null) => `"${hash}${encoding ? `-${encoding}` : ''}"`;

function matches(ifNoneMatch: string | undefined, hash: string): boolean {
  if (!ifNoneMatch) return false;
  // Weak comparison (RFC 9110 13.1.2), and hono/compress may have weakened the tag it saw.
  return ifNoneMatch.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || tag.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === hash;
  });
}

async function respond(
  entry: Entry,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
  encode: (entry: Entry, encoding: Encoding) => Promise<Bytes>,
): Promise<Response> {
  const encoding = chooseEncoding(acceptEncoding, entry.body.byteLength);
  const headers = new Headers({
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ETag: etagFor(entry.hash, encoding),
  });
  if (matches(ifNoneMatch, entry.hash)) return new Response(null, { status: 304, headers });
  const body = encoding ? await encode(entry, encoding) : entry.body;
  headers.set('Content-Type', entry.contentType);
  headers.set('Content-Length', String(body.byteLength));
  if (encoding) headers.set('Content-Encoding', encoding);
  return new Response(body, { status: entry.status, headers });
}

interface VersionTracker {
  /** The version to answer with: the known one at once (refreshing it in the background when old), else read. */
  current(): Promise<bigint | null>;
  known(): bigint | null;
  /** `fresh`: a new read, not one that started before the caller's write committed. */
  refresh(fresh?: boolean): Promise<void>;
}

function versionTracker(db: Queryable, ttlMs: number): VersionTracker {
  let known: bigint | null = null;
  let checkedAt = -Infinity;
  let reading: Promise<void> | null = null;
  let missing = false;

  const read = (): Promise<void> => {
    const started = performance.now();
    const p = db
      .query<{ version: string }>('select version::text as version from data_version where id = 1')
      .then(
        ([row]) => {
          missing = !row;
          // Versions only grow: an answer that was overtaken by a newer read must not win.
          if (row && (known === null || BigInt(row.version) > known)) known = BigInt(row.version);
          checkedAt = Math.max(checkedAt, started);
        },
        (error: unknown) => {
          // Before migration 0008 the table is missing: no caching, and no asking again every request.
          missing = true;
          checkedAt = Math.max(checkedAt, started);
          if (!/data_version/.test(String(error))) throw error;
        },
      )
      .finally(() => {
        if (reading === p) reading = null;
      });
    reading = p;
    return p;
  };

  return {
    known: () => known,
    refresh: (fresh = false) => (!fresh && reading ? reading : read()),
    async current() {
      if (known === null) {
        if (missing && performance.now() - checkedAt < ttlMs) return null;
        await (reading ?? read()).catch(() => undefined);
        return known;
      }
      if (performance.now() - checkedAt >= ttlMs && !reading) read().catch(() => undefined);
      return known;
    },
  };
}
