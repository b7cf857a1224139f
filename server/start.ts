import type { Config } from './config';
import { openDatabase, type Db } from './db/client';
import { lockDataDir } from './db/data-dir-lock';
import { restartTargetHistory, writeCampaignVersion } from './campaign/target-versions';
import { todayInWib } from '../contract/dates';
import { migrate } from './db/migrate';
import { syncReferenceData } from './db/reference-data';
import { defaultDeadline, generateDemoCampaign, KLATEN_ASN, LAUNCH_DATE, MONTHLY_CONTRIBUTION } from './demo/generate';
import { KLATEN_CODE } from './domain/geography';
import { isEmpty, seedDemoCampaign } from './demo/seed';
import { createPseudonymizer, loadPseudonymKey, type Pseudonymize } from './privacy/pseudonym';

export interface Started {
  db: Db;
  demoLoaded: boolean;
  /** The keyed hash for NIK and NIP, from PSEUDONYM_KEY or the secret kept in DATA_DIR. */
  pseudonymize: Pseudonymize;
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

  const pseudonymize = createPseudonymizer(await loadPseudonymKey(config.pseudonymKey, config.dataDir));
  let demoLoaded = false;
  const empty = await isEmpty(db);
  if (empty && !config.demoData) {
    // No demo: the campaign's own settings, so that the first import has somewhere to go.
    await db.query(
      `insert into campaign (region_code, asn_count, workers_per_asn, monthly_contribution, launch_date, deadline, is_demo)
       values ($1, $2, 1, $3, $4, $5, false)`,
      [KLATEN_CODE, KLATEN_ASN, MONTHLY_CONTRIBUTION, LAUNCH_DATE, config.campaignDeadline ?? defaultDeadline(config.demoToday)],
    );
    await restartTargetHistory(db);
    log('empty campaign created (DEMO_DATA=0): import data to fill it');
  }
  if (config.demoData && empty) {
    const started = performance.now();
    const demo = generateDemoCampaign({
      today: config.demoToday,
      ...(config.campaignDeadline ? { deadline: config.campaignDeadline } : {}),
    });
    await seedDemoCampaign(db, demo, pseudonymize);
    demoLoaded = true;
    log(`demo campaign loaded: ${demo.recordCount} registrations up to ${demo.today} in ${Math.round(performance.now() - started)} ms`);
  }
  if (config.campaignDeadline) {
    // A deadline set in the configuration is a change of target like any other: it goes into the history.
    const deadline = config.campaignDeadline;
    await db.transaction(async (tx) => {
      const [c] = await tx.query<{ asn_count: number; workers_per_asn: number; launch_date: string; deadline: string; last: string | null }>(
        `select asn_count, workers_per_asn, launch_date::text as launch_date, deadline::text as deadline,
                (select max(effective_from)::text from target_versions where unit_id is null) as last
           from campaign for update`,
      );
      if (!c || c.deadline === deadline) return;
      const today = todayInWib();
      const candidates = [today, c.launch_date, c.last ?? c.launch_date].sort();
      await writeCampaignVersion(tx, {
        asnCount: c.asn_count, workersPerAsn: c.workers_per_asn, deadline, effectiveFrom: candidates[2]!,
        note: 'Tenggat dari pengaturan CAMPAIGN_DEADLINE', changedBy: null,
      });
    });
  }
  return {
    db,
    demoLoaded,
    pseudonymize,
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}
