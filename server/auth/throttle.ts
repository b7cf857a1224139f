import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/client';
import type { ThrottlePolicy } from './settings';

/**
 * Sign-in throttling, per user name and per client address. An attempt is counted as a failure when it
 * starts and forgiven when it succeeds, so a burst of parallel guesses is capped at the limit rather
 * than at however many requests fit in one scrypt. After `maxFailures` failures within `lockMs` of each
 * other the key is locked for `lockMs`; while locked even the right password is refused.
 */
export interface AttemptKeys {
  user: string;
  ip: string;
}

export type Gate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface AttemptRow {
  key: string;
  failures: number;
  locked_until_ms: number | null;
  last_attempt_ms: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hashed, so what people type as a user name (sometimes a NIP) is not kept. */
export function attemptKeys(username: string, clientIp: string): AttemptKeys {
  return { user: sha256(`user:${username.trim().toLowerCase()}`), ip: sha256(`ip:${clientIp}`) };
}

/** Failures still counting at `now`: none once a lock has run out or the last attempt is older than the window. */
export function liveFailures(row: AttemptRow | undefined, now: number, policy: ThrottlePolicy): number {
  if (!row) return 0;
  if (row.locked_until_ms !== null) return row.locked_until_ms > now ? row.failures : 0;
  return now - row.last_attempt_ms < policy.lockMs ? row.failures : 0;
}

const retryAfter = (untilMs: number, now: number) => Math.max(1, Math.ceil((untilMs - now) / 1000));

/** Opens an attempt: refused while any key is locked, else counted (pessimistically) as a failure. */
export async function beginAttempt(db: Db, keys: AttemptKeys, now: Date, policy: ThrottlePolicy): Promise<Gate> {
  const at = now.getTime();
  const list = [keys.user, keys.ip].sort();
  return db.transaction(async (tx) => {
    // Create missing rows first so that `for update` serialises concurrent attempts on the same key.
    await tx.query(
      `insert into login_attempts (key, failures, last_attempt_at)
       select unnest($1::text[]), 0, $2::timestamptz on conflict (key) do nothing`,
      [list, now.toISOString()],
    );
    const rows = await tx.query<AttemptRow>(
      `select key, failures,
              (extract(epoch from locked_until) * 1000)::float8 as locked_until_ms,
              (extract(epoch from last_attempt_at) * 1000)::float8 as last_attempt_ms
         from login_attempts where key = any($1::text[]) order by key for update`,
      [list],
    );
    const lockedUntil = Math.max(0, ...rows.map((r) => (r.locked_until_ms !== null && r.locked_until_ms > at ? r.locked_until_ms : 0)));
    if (lockedUntil > 0) return { allowed: false, retryAfterSeconds: retryAfter(lockedUntil, at) };

    let gate: Gate = { allowed: true };
    for (const key of list) {
      const failures = liveFailures(rows.find((r) => r.key === key), at, policy) + 1;
      const lock = failures > policy.maxFailures ? new Date(at + policy.lockMs).toISOString() : null;
      if (lock) gate = { allowed: false, retryAfterSeconds: retryAfter(at + policy.lockMs, at) };
      await tx.query(
        `update login_attempts set failures = $2, locked_until = $3::timestamptz, last_attempt_at = $4::timestamptz where key = $1`,
        [key, failures, lock, now.toISOString()],
      );
    }
    return gate;
  });
}

/** The attempt failed: it stays counted, and a key that reached the limit is locked. */
export async function recordFailure(db: Queryable, keys: AttemptKeys, now: Date, policy: ThrottlePolicy): Promise<void> {
  await db.query(
    `update login_attempts set locked_until = $2::timestamptz
      where key = any($1::text[]) and failures >= $3 and (locked_until is null or locked_until <= $4::timestamptz)`,
    [[keys.user, keys.ip], new Date(now.getTime() + policy.lockMs).toISOString(), policy.maxFailures, now.toISOString()],
  );
}

/** The attempt succeeded: the user name starts afresh; the address is forgiven this one attempt only. */
export async function recordSuccess(db: Queryable, keys: AttemptKeys): Promise<void> {
  await db.query('delete from login_attempts where key = $1', [keys.user]);
  await db.query('update login_attempts set failures = greatest(failures - 1, 0) where key = $1', [keys.ip]);
}

/** Rows that no longer matter: unlocked and quiet for a day. */
export async function deleteStaleAttempts(db: Queryable, now: Date): Promise<void> {
  await db.query(
    `delete from login_attempts
      where last_attempt_at < $1::timestamptz - interval '1 day' and (locked_until is null or locked_until < $1::timestamptz)`,
    [now.toISOString()],
  );
}
