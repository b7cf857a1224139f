import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { syncReferenceData } from '../../server/db/reference-data';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * PGlite takes seconds to start and migrate. Do it once per run, dump the data folder, and let
 * every test file start from a copy of that dump (see test-db.ts).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-template-'));
  const db = await openDatabase({ kind: 'pglite' });
  await migrate(db);
  await syncReferenceData(db);
  if (!db.dumpDataDir) throw new Error('PGlite template: dumpDataDir unavailable');
  const dump = await db.dumpDataDir();
  await db.close();
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
