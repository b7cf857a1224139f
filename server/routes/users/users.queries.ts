import type { Role } from '../../../contract/access-policy';
import type { StaffAccounts } from '../../../contract/auth';
import type { Queryable } from '../../db/client';

export async function queryUsers(db: Queryable): Promise<StaffAccounts> {
  const rows = await db.query<{ username: string; display_name: string; role: Role; disabled: boolean; created_at: string }>(
    `select username, display_name, role, disabled,
            to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
       from users order by lower(username)`,
  );
  return rows.map((r) => ({ username: r.username, displayName: r.display_name, role: r.role, disabled: r.disabled, createdAt: r.created_at }));
}
