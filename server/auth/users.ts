import type { Role } from '../../contract/access-policy';
import type { Queryable } from '../db/client';
import type { SessionUser } from './sessions';

export interface StoredUser extends SessionUser {
  passwordHash: string;
  disabled: boolean;
}

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`Nama pengguna "${username}" sudah dipakai. (The user name is taken.)`);
  }
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: boolean;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  passwordHash: r.password_hash,
  disabled: r.disabled,
});

const COLUMNS = 'id, username, display_name, role, password_hash, disabled';

/** `passwordHash` must already be a hash (password.ts): this module never sees a password. */
export async function createUser(
  db: Queryable,
  user: { username: string; displayName: string; role: Role; passwordHash: string },
): Promise<StoredUser> {
  const [existing] = await db.query('select 1 from users where lower(username) = lower($1)', [user.username]);
  if (existing) throw new UsernameTakenError(user.username);
  try {
    const [row] = await db.query<UserRow>(
      `insert into users (username, display_name, role, password_hash) values ($1, $2, $3, $4) returning ${COLUMNS}`,
      [user.username, user.displayName, user.role, user.passwordHash],
    );
    return toUser(row!);
  } catch (error) {
    // Lost a race with another insert of the same name.
    if ((error as { code?: string }).code === '23505') throw new UsernameTakenError(user.username);
    throw error;
  }
}

/** Case-insensitive. */
export async function findUserByUsername(db: Queryable, username: string): Promise<StoredUser | null> {
  const [row] = await db.query<UserRow>(`select ${COLUMNS} from users where lower(username) = lower($1)`, [username]);
  return row ? toUser(row) : null;
}

export async function findUserById(db: Queryable, id: number): Promise<StoredUser | null> {
  const [row] = await db.query<UserRow>(`select ${COLUMNS} from users where id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function setPasswordHash(db: Queryable, userId: number, passwordHash: string): Promise<void> {
  await db.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from users');
  return row!.n;
}

/** The start-up hint when nobody can sign in yet. Accounts are never created with a default password. */
export async function firstAdminHint(db: Queryable): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  return 'belum ada akun staf (no staff accounts yet): buat admin pertama dengan `npm run user:add -- --role admin --username <nama>`';
}
