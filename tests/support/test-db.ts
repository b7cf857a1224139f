import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openDatabase, type Db, type Driver } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { syncReferenceData } from '../../server/db/reference-data';

/** The databases server tests run on: PGlite always, PostgreSQL too where DATABASE_URL is set (CI sets it). */
export const testDrivers: Driver[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A migrated, empty database of its own: a copy of the run's PGlite template, or a fresh PostgreSQL schema. */
export async function openTestDb(driver: Driver): Promise<Db> {
  if (driver === 'pglite') {
    const tar = await readFile(inject('pgliteTemplate'));
    return openDatabase({ kind: 'pglite', loadDataDir: new Blob([tar]) });
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url, max: 1 });
  await admin.exec(`create schema ${schema}`);
  await admin.close();
  const db = await openDatabase({ kind: 'postgres', url, schema, max: 4 });
  await migrate(db);
  await syncReferenceData(db);
  return {
    ...db,
    close: async () => {
      await db.exec(`drop schema ${schema} cascade`);
      await db.close();
    },
  };
}

/** Empties every data table, keeping the schema and the reference data. */
export async function clearData(db: Db): Promise<void> {
  await db.exec('truncate registrations, region_recaps, data_loads, units, campaign, events restart identity cascade');
}
