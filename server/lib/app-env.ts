import type { ActiveSession, SessionUser } from '../auth/sessions';
import type { AuthSettings } from '../auth/settings';
import type { Db } from '../db/client';

export interface AppEnv {
  Variables: {
    db: Db;
    auth: AuthSettings;
    /** Who is signed in, or null: set by the auth middleware before any route runs. */
    user: SessionUser | null;
    session: ActiveSession | null;
  };
}
