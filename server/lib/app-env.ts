import type { Db } from '../db/client';

export interface AppEnv {
  Variables: {
    db: Db;
  };
}
