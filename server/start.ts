import type { Config } from './config';
import { openDatabase, type Db } from './db/client';
import { lockDataDir } from './db/data-dir-lock';
import { migrate } from './db/migrate';
import { syncReferenceData } from './db/reference-data';
import { generateDemoCampaign } from './demo/generate';
import { isEmpty, seedDemoCampaign } from './demo/seed';
import { createPseudonymizer, loadPseudonymKey } from './privacy/pseudonym';

export interface Started {
  db: Db;
  demoLoaded: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates it, and on first start loads the demo campaign (unless DEMO_DATA=0). */
export async function prepareDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Started> {
  const unlock = config.database.kind === 'pglite' ? await lockDataDir(config.dataDir) : async () => {};
  let db: Db;
  try {
    db = await openDatabase(config.database.kind === 'pglite' ? { kind: 'pglite', dir: config.database.dir } : config.database);
  } catch (error) {
    await unlock();
    throw error;
  }
  const applied = await migrate(db);
  if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`);
  await syncReferenceData(db);

  let demoLoaded = false;
  if (config.demoData && (await isEmpty(db))) {
    const started = performance.now();
    const demo = generateDemoCampaign({
      today: config.demoToday,
      ...(config.campaignDeadline ? { deadline: config.campaignDeadline } : {}),
    });
    const key = await loadPseudonymKey(config.pseudonymKey, config.dataDir);
    await seedDemoCampaign(db, demo, createPseudonymizer(key));
    demoLoaded = true;
    log(`demo campaign loaded: ${demo.recordCount} registrations up to ${demo.today} in ${Math.round(performance.now() - started)} ms`);
  }
  if (config.campaignDeadline) {
    await db.query('update campaign set deadline = $1 where deadline <> $1', [config.campaignDeadline]);
  }
  return {
    db,
    demoLoaded,
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}
