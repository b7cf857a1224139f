import { createHash, randomBytes } from 'node:crypto';
import {
  parseSnapshotPath,
  type CreateSnapshotRequest,
  type Snapshot,
  type SnapshotData,
  type SnapshotList,
  type SnapshotListItem,
  type SnapshotStatus,
  type SnapshotView,
  SNAPSHOT_DEFAULT_DAYS,
  SNAPSHOT_TOKEN_PATTERN,
} from '../../../contract/snapshots';
import type { Db, Queryable } from '../../db/client';
import { queryKecamatan, queryOccupations, queryUnits } from '../breakdowns/breakdowns.queries';
import { queryCoverage } from '../coverage/coverage.queries';
import { queryEvents } from '../events/events.queries';
import { queryRanking, queryRankingHistory } from '../ranking/ranking.queries';
import { queryTimeseries } from '../registrations/registrations.queries';
import { querySummary } from '../summary/summary.queries';

const DAY_MS = 86_400_000;

/** Failed lookups per client address per window before 429. */
export const SNAPSHOT_LOOKUP_LIMIT = { maxFailures: 10, windowMs: 60_000 } as const;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** 32 bytes from the CSPRNG (256 bits), base64url: 43 characters, safe in a path. */
export function newSnapshotToken(): string {
  return randomBytes(32).toString('base64url');
}

const iso = (value: unknown): string => new Date(value as string | Date).toISOString();
const isoOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : iso(value));
const dateOrNull = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

export class SnapshotViewError extends Error {}

/**
 * The aggregates a page shows, from the same queries as the live endpoints, taken in one transaction so
 * they agree with each other. Only aggregates: the query functions never return records.
 */
export async function computeSnapshotData(db: Db, view: SnapshotView): Promise<SnapshotData> {
  const parsed = parseSnapshotPath(view.path);
  if (!parsed) throw new SnapshotViewError('view.path: halaman tidak dikenal');
  return db.transaction(async (tx) => {
    const summary = await querySummary(tx);
    switch (parsed.page) {
      case '/':
        return {
          summary,
          timeseriesWeek: await queryTimeseries(tx, 'week'),
          timeseriesDay: await queryTimeseries(tx, 'day'),
          rankingCount: await queryRanking(tx, 'count'),
          units: await queryUnits(tx),
          kecamatan: await queryKecamatan(tx),
          occupations: await queryOccupations(tx),
          events: await queryEvents(tx),
        };
      case '/peringkat':
        return {
          summary,
          rankingCount: await queryRanking(tx, 'count'),
          rankingPercent: await queryRanking(tx, 'percent'),
          rankingHistoryCount: await queryRankingHistory(tx, 'count'),
          rankingHistoryPercent: await queryRankingHistory(tx, 'percent'),
          events: await queryEvents(tx),
        };
      case '/cakupan':
        return { summary, coverage: await queryCoverage(tx), events: await queryEvents(tx) };
      case '/unit':
        return { summary, units: await queryUnits(tx), kecamatan: await queryKecamatan(tx) };
      case '/unit/:id':
      case '/kecamatan/:name': {
        const scope = parsed.page === '/unit/:id' ? { unit: parsed.unit } : { kecamatan: parsed.kecamatan };
        return {
          summary,
          timeseriesWeek: await queryTimeseries(tx, 'week', scope),
          timeseriesDay: await queryTimeseries(tx, 'day', scope),
          occupations: await queryOccupations(tx, scope),
          units: await queryUnits(tx),
          kecamatan: await queryKecamatan(tx),
          events: await queryEvents(tx),
        };
      }
    }
  });
}

export interface SnapshotAuthor {
  id: number;
  displayName: string;
}

export async function createSnapshot(
  db: Db,
  input: CreateSnapshotRequest,
  author: SnapshotAuthor,
  now: Date,
): Promise<{ id: number; token: string; expiresAt: string }> {
  const view: SnapshotView = { path: input.view.path, params: input.view.params ?? {} };
  const data = await computeSnapshotData(db, view);
  const token = newSnapshotToken();
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? SNAPSHOT_DEFAULT_DAYS) * DAY_MS);
  const [row] = await db.query<{ id: number }>(
    `insert into snapshots (token_hash, title, note, view, payload, as_of, as_of_date, created_by, author_name, created_at, expires_at)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6::timestamptz, $7::date, $8, $9, $10::timestamptz, $11::timestamptz)
     returning id`,
    [
      sha256Hex(token),
      input.title,
      input.note ?? null,
      JSON.stringify(view),
      JSON.stringify(data),
      data.summary.asOf,
      data.summary.asOfDate,
      author.id,
      author.displayName,
      now.toISOString(),
      expiresAt.toISOString(),
    ],
  );
  return { id: row!.id, token, expiresAt: expiresAt.toISOString() };
}

interface SnapshotRow {
  id: number;
  title: string;
  note: string | null;
  view: SnapshotView;
  payload: SnapshotData;
  as_of: unknown;
  as_of_date: unknown;
  author_name: string;
  created_at: unknown;
  expires_at: unknown;
  revoked_at: unknown;
  opens: number;
  last_opened_at: unknown;
}

export type SnapshotLookup = { status: 'found'; snapshot: Snapshot } | { status: 'not_found' } | { status: 'gone'; reason: 'expired' | 'revoked' };

const OPEN_COLUMNS = 'id, title, note, view, payload, as_of, as_of_date::text as as_of_date, author_name, created_at, expires_at, revoked_at, opens, last_opened_at';

/**
 * Looks a token up by its hash; a live one counts as opened, unless `countOpen` is false (the preview image a
 * chat app fetches beside the page is not a second open). Never returns the data of a dead link.
 */
export async function openSnapshot(db: Queryable, token: string, now: Date, { countOpen = true }: { countOpen?: boolean } = {}): Promise<SnapshotLookup> {
  if (!SNAPSHOT_TOKEN_PATTERN.test(token)) return { status: 'not_found' };
  const [row] = await db.query<SnapshotRow>(
    countOpen
      ? `update snapshots set opens = opens + 1, last_opened_at = $2::timestamptz
          where token_hash = $1 and revoked_at is null and expires_at > $2::timestamptz
          returning ${OPEN_COLUMNS}`
      : `select ${OPEN_COLUMNS} from snapshots where token_hash = $1 and revoked_at is null and expires_at > $2::timestamptz`,
    [sha256Hex(token), now.toISOString()],
  );
  if (row) {
    return {
      status: 'found',
      snapshot: {
        title: row.title,
        note: row.note,
        author: row.author_name,
        createdAt: iso(row.created_at),
        expiresAt: iso(row.expires_at),
        asOf: isoOrNull(row.as_of),
        asOfDate: dateOrNull(row.as_of_date),
        view: row.view,
        data: row.payload,
      },
    };
  }
  const [dead] = await db.query<{ revoked: boolean }>('select revoked_at is not null as revoked from snapshots where token_hash = $1', [sha256Hex(token)]);
  if (!dead) return { status: 'not_found' };
  return { status: 'gone', reason: dead.revoked ? 'revoked' : 'expired' };
}

function statusOf(row: Pick<SnapshotRow, 'revoked_at' | 'expires_at'>, now: Date): SnapshotStatus {
  if (row.revoked_at !== null && row.revoked_at !== undefined) return 'revoked';
  return new Date(iso(row.expires_at)).getTime() > now.getTime() ? 'live' : 'expired';
}

const LIST_COLUMNS = 'id, title, view, as_of_date::text as as_of_date, author_name, created_at, expires_at, revoked_at, opens, last_opened_at';

function toListItem(row: Omit<SnapshotRow, 'note' | 'payload' | 'as_of'>, now: Date): SnapshotListItem {
  return {
    id: row.id,
    title: row.title,
    author: row.author_name,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    revokedAt: isoOrNull(row.revoked_at),
    status: statusOf(row, now),
    opens: Number(row.opens),
    lastOpenedAt: isoOrNull(row.last_opened_at),
    view: row.view,
    asOfDate: dateOrNull(row.as_of_date),
  };
}

/** Every link, live and dead, newest first; never the token (only its hash is stored anyway) nor the data. */
export async function listSnapshots(db: Queryable, now: Date): Promise<SnapshotList> {
  const rows = await db.query<SnapshotRow>(`select ${LIST_COLUMNS} from snapshots order by created_at desc, id desc`);
  return { snapshots: rows.map((row) => toListItem(row, now)) };
}

/** Revokes a link for good; revoking it again changes nothing. Null when there is no such snapshot. */
export async function revokeSnapshot(db: Queryable, id: number, by: number | null, now: Date): Promise<SnapshotListItem | null> {
  await db.query('update snapshots set revoked_at = $2::timestamptz, revoked_by = $3 where id = $1 and revoked_at is null', [id, now.toISOString(), by]);
  const [row] = await db.query<SnapshotRow>(`select ${LIST_COLUMNS} from snapshots where id = $1`, [id]);
  return row ? toListItem(row, now) : null;
}

/**
 * Counts one failed lookup for a client address and says whether it is over the limit. A fixed window per
 * address: the first failure opens it, and it resets once `windowMs` has passed.
 */
export async function recordLookupFailure(db: Queryable, clientIp: string, now: Date): Promise<{ failures: number; retryAfterSeconds: number }> {
  // Quiet addresses are forgotten after a day, so the table stays small.
  await db.query(`delete from snapshot_lookup_failures where window_started_at < $1::timestamptz - interval '1 day'`, [now.toISOString()]);
  const [row] = await db.query<{ failures: number; window_ms: number }>(
    `insert into snapshot_lookup_failures (key, window_started_at, failures) values ($1, $2::timestamptz, 1)
     on conflict (key) do update set
       failures = case when snapshot_lookup_failures.window_started_at <= $2::timestamptz - $3 * interval '1 millisecond'
                       then 1 else snapshot_lookup_failures.failures + 1 end,
       window_started_at = case when snapshot_lookup_failures.window_started_at <= $2::timestamptz - $3 * interval '1 millisecond'
                       then $2::timestamptz else snapshot_lookup_failures.window_started_at end
     returning failures, (extract(epoch from window_started_at) * 1000)::float8 as window_ms`,
    [sha256Hex(`snapshot-ip:${clientIp}`), now.toISOString(), SNAPSHOT_LOOKUP_LIMIT.windowMs],
  );
  const retryAfterSeconds = Math.max(1, Math.ceil((row!.window_ms + SNAPSHOT_LOOKUP_LIMIT.windowMs - now.getTime()) / 1000));
  return { failures: Number(row!.failures), retryAfterSeconds };
}

/** Whether an address has used up its failed lookups in the current window (then even a good token waits). */
export async function lookupBlocked(db: Queryable, clientIp: string, now: Date): Promise<number | null> {
  const [row] = await db.query<{ failures: number; window_ms: number }>(
    `select failures, (extract(epoch from window_started_at) * 1000)::float8 as window_ms from snapshot_lookup_failures where key = $1`,
    [sha256Hex(`snapshot-ip:${clientIp}`)],
  );
  if (!row) return null;
  const ends = row.window_ms + SNAPSHOT_LOOKUP_LIMIT.windowMs;
  if (ends <= now.getTime() || Number(row.failures) < SNAPSHOT_LOOKUP_LIMIT.maxFailures) return null;
  return Math.max(1, Math.ceil((ends - now.getTime()) / 1000));
}
