import type { Db } from '../../db/client';
import { hashPassword, needsRehash, verifyPassword } from '../../auth/password';
import { createSession, deleteExpiredSessions, revokeUserSessions, type ActiveSession, type NewSession } from '../../auth/sessions';
import type { AuthSettings } from '../../auth/settings';
import { attemptKeys, beginAttempt, deleteStaleAttempts, recordFailure, recordSuccess } from '../../auth/throttle';
import { findUserById, findUserByUsername, setPasswordHash } from '../../auth/users';

export type SignInResult =
  | { kind: 'signed-in'; session: NewSession }
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfterSeconds: number };

/**
 * Checks a user name and password under the throttle. An unknown name, a disabled account and a wrong
 * password take the same time (one scrypt) and give the same answer.
 */
export async function signIn(
  db: Db,
  settings: AuthSettings,
  input: { username: string; password: string; clientIp: string },
): Promise<SignInResult> {
  const now = settings.now();
  const keys = attemptKeys(input.username, input.clientIp);
  const gate = await beginAttempt(db, keys, now, settings.throttle);
  if (!gate.allowed) return { kind: 'locked', retryAfterSeconds: gate.retryAfterSeconds };

  const user = await findUserByUsername(db, input.username);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? null, settings.hash);
  if (!matches || !user || user.disabled) {
    await recordFailure(db, keys, now, settings.throttle);
    return { kind: 'invalid' };
  }
  await recordSuccess(db, keys);
  if (needsRehash(user.passwordHash, settings.hash)) {
    await setPasswordHash(db, user.id, await hashPassword(input.password, settings.hash));
  }
  await deleteExpiredSessions(db, now, settings.session);
  await deleteStaleAttempts(db, now);
  const { id, username, displayName, role } = user;
  return { kind: 'signed-in', session: await createSession(db, { id, username, displayName, role }, now, settings.session) };
}

export type ChangePasswordResult = { kind: 'changed' } | { kind: 'wrong-password' } | { kind: 'locked'; retryAfterSeconds: number };

/** Needs the current password (a borrowed session is not enough) and ends the account's other sessions. */
export async function changeOwnPassword(
  db: Db,
  settings: AuthSettings,
  session: ActiveSession,
  input: { currentPassword: string; newPassword: string; clientIp: string },
): Promise<ChangePasswordResult> {
  const now = settings.now();
  const keys = attemptKeys(session.user.username, input.clientIp);
  const gate = await beginAttempt(db, keys, now, settings.throttle);
  if (!gate.allowed) return { kind: 'locked', retryAfterSeconds: gate.retryAfterSeconds };

  const user = await findUserById(db, session.user.id);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordFailure(db, keys, now, settings.throttle);
    return { kind: 'wrong-password' };
  }
  await recordSuccess(db, keys);
  const passwordHash = await hashPassword(input.newPassword, settings.hash);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await revokeUserSessions(tx, user.id, session.id);
  });
  return { kind: 'changed' };
}
