import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../contract/access-policy';
import type { SessionUser as ApiUser } from '../../contract/auth';
import type { Queryable } from '../db/client';
import type { SessionPolicy } from './settings';

/** The signed-in staff member a request acts for. */
export interface SessionUser extends ApiUser {
  id: number;
}

export interface ActiveSession {
  /** SHA-256 of the token, as stored. */
  id: string;
  csrfToken: string;
  user: SessionUser;
}

export interface NewSession extends ActiveSession {
  /** The cookie's value. Only the client keeps it; the database keeps its hash. */
  token: string;
  expiresAt: Date;
}

/** 256 random bits, base64url: 43 characters. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Queryable, user: SessionUser, now: Date, policy: SessionPolicy): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await db.query(
    `insert into sessions (id, user_id, csrf_token, created_at, expires_at, last_seen_at)
     values ($1, $2, $3, $4::timestamptz, $5::timestamptz, $4::timestamptz)`,
    [id, user.id, csrfToken, now.toISOString(), expiresAt.toISOString()],
  );
  return { id, token, csrfToken, user, expiresAt };
}

/** The live session for a cookie's token, sliding its idle expiry; null when unknown, expired, idle too long or its user disabled. */
export async function lookupSession(db: Queryable, token: string, now: Date, policy: SessionPolicy): Promise<ActiveSession | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const id = hashToken(token);
  const [row] = await db.query<{ csrf_token: string; stale: boolean; user_id: number; username: string; display_name: string; role: Role }>(
    `select s.csrf_token, s.last_seen_at < $2::timestamptz - $4::float8 * interval '1 millisecond' as stale,
            u.id as user_id, u.username, u.display_name, u.role
       from sessions s join users u on u.id = s.user_id
      where s.id = $1 and not u.disabled
        and s.expires_at > $2::timestamptz
        and s.last_seen_at > $2::timestamptz - $3::float8 * interval '1 millisecond'`,
    [id, now.toISOString(), policy.idleMs, TOUCH_EVERY_MS],
  );
  if (!row) return null;
  if (row.stale) await db.query('update sessions set last_seen_at = $2::timestamptz where id = $1', [id, now.toISOString()]);
  return {
    id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, username: row.username, displayName: row.display_name, role: row.role },
  };
}

export async function revokeSession(db: Queryable, id: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [id]);
}

/** Ends every session of a user but `keepId` (after a password change, the one that changed it). */
export async function revokeUserSessions(db: Queryable, userId: number, keepId: string | null = null): Promise<void> {
  await db.query('delete from sessions where user_id = $1 and id is distinct from $2', [userId, keepId]);
}

export async function deleteExpiredSessions(db: Queryable, now: Date, policy: SessionPolicy): Promise<void> {
  await db.query(
    `delete from sessions
      where expires_at <= $1::timestamptz or last_seen_at <= $1::timestamptz - $2::float8 * interval '1 millisecond'`,
    [now.toISOString(), policy.idleMs],
  );
}
