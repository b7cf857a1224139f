import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser } from '../../tests/support/auth';
import { openTestDb, testDrivers } from '../../tests/support/test-db';
import type { Db } from '../db/client';
import { findUserByUsername, firstAdminHint, UsernameTakenError } from './users';

describe.each(testDrivers)('staff accounts on %s', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('tells at first start how to create the first admin, and stays quiet once there is an account', async () => {
    expect(await firstAdminHint(db)).toContain('npm run user:add -- --role admin --username');
    await addTestUser(db, { username: 'Heru', role: 'admin' });
    expect(await firstAdminHint(db)).toBeNull();
  });

  it('treats user names case-insensitively: one account per name, found however it is typed', async () => {
    await expect(addTestUser(db, { username: 'HERU', role: 'viewer' })).rejects.toBeInstanceOf(UsernameTakenError);
    expect((await findUserByUsername(db, 'hErU'))?.username).toBe('Heru');
    expect(await findUserByUsername(db, 'heru2')).toBeNull();
  });
});
