import type { Role } from '../../contract/access-policy';
import { CSRF_HEADER, SESSION_COOKIE } from '../../contract/auth';
import type { Queryable } from '../../server/db/client';
import { hashPassword, type ScryptParams } from '../../server/auth/password';
import { createSession, type NewSession } from '../../server/auth/sessions';
import { resolveAuthSettings } from '../../server/auth/settings';
import { createUser, type StoredUser } from '../../server/auth/users';

/** A cheap scrypt for test accounts (production uses DEFAULT_SCRYPT). Pass it as createApp({ auth: { hash } }). */
export const TEST_HASH: ScryptParams = { ln: 10, r: 8, p: 1 };
export const TEST_PASSWORD = 'kata-sandi-uji-123';
/** What app.request() uses as the server's own origin. */
export const TEST_ORIGIN = 'http://localhost';

export async function addTestUser(
  db: Queryable,
  { username, role, password = TEST_PASSWORD, displayName }: { username: string; role: Role; password?: string; displayName?: string },
): Promise<StoredUser> {
  return createUser(db, { username, role, displayName: displayName ?? username, passwordHash: await hashPassword(password, TEST_HASH) });
}

/** A session straight in the database, without the cost of a sign-in. */
export async function addTestSession(db: Queryable, user: StoredUser, now = new Date()): Promise<NewSession> {
  const { id, username, displayName, role } = user;
  return createSession(db, { id, username, displayName, role }, now, resolveAuthSettings().session);
}

/** Headers of a same-site browser request in that session; for mutations, with its CSRF token and a JSON body type. */
export function sessionHeaders(session: Pick<NewSession, 'token' | 'csrfToken'> | null, method = 'GET'): Record<string, string> {
  const headers: Record<string, string> = {};
  if (session) headers.Cookie = `${SESSION_COOKIE}=${session.token}`;
  if (method !== 'GET' && method !== 'HEAD') {
    headers.Origin = TEST_ORIGIN;
    headers['Content-Type'] = 'application/json';
    if (session) headers[CSRF_HEADER] = session.csrfToken;
  }
  return headers;
}

/** The session token a response set, if any. */
export function sessionTokenFrom(res: Response): string | null {
  for (const cookie of res.headers.getSetCookie()) {
    const m = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(cookie);
    if (m) return m[1] || null;
  }
  return null;
}
