import type { Db, Queryable } from '../db/client';
import type { Pseudonymize } from '../privacy/pseudonym';
import type { DemoCampaign, DemoRegistration } from './generate';
import { insertTargetVersions } from '../campaign/target-versions';
import { targetVersionRows } from './target-history';
import { rebuildRollups } from '../db/rollups';

const BATCH = 5_000;

/**
 * Writes a generated campaign the way an import would: personal ids are pseudonymised before they
 * reach SQL, rows go in batches, and the whole load commits at once.
 */
export async function seedDemoCampaign(db: Db, demo: DemoCampaign, pseudonymize: Pseudonymize): Promise<void> {
  await db.transaction(async (tx) => {
    const c = demo.campaign;
    await tx.query(
      `insert into campaign (id, region_code, asn_count, workers_per_asn, monthly_contribution, launch_date, deadline, is_demo)
       values (1, $1, $2, $3, $4, $5, $6, true)
       on conflict (id) do update set region_code = excluded.region_code, asn_count = excluded.asn_count,
         workers_per_asn = excluded.workers_per_asn, monthly_contribution = excluded.monthly_contribution,
         launch_date = excluded.launch_date, deadline = excluded.deadline, is_demo = true`,
      [c.regionCode, c.asnCount, c.workersPerAsn, c.monthlyContribution, c.launchDate, c.deadline],
    );
    const unitRows = await tx.query<{ id: number; name: string }>(
      `insert into units (name, kind, kecamatan, asn_count)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::int[])
       returning id, name`,
      [demo.units.map((u) => u.name), demo.units.map((u) => u.kind), demo.units.map((u) => u.kecamatan), demo.units.map((u) => u.asnCount)],
    );
    const unitId = new Map(unitRows.map((u) => [u.name, u.id]));
    await insertTargetVersions(tx, targetVersionRows(c, demo.units), unitId);

    const [load] = await tx.query<{ id: number }>(
      `insert into data_loads (kind, source, data_as_of, row_count) values ('registrations', 'demo', $1, $2) returning id`,
      [demo.today, demo.recordCount],
    );
    let batch: DemoRegistration[] = [];
    for (const row of demo.registrations()) {
      batch.push(row);
      if (batch.length === BATCH) {
        await insertRegistrations(tx, batch, unitId, load!.id, pseudonymize);
        batch = [];
      }
    }
    if (batch.length > 0) await insertRegistrations(tx, batch, unitId, load!.id, pseudonymize);

    const events = demo.events.filter((e) => e.date <= demo.today);
    if (events.length > 0) {
      await tx.query(
        `insert into events (occurred_on, title, kind, created_by) select *, 'demo' from unnest($1::date[], $2::text[], $3::text[])`,
        [events.map((e) => e.date), events.map((e) => e.title), events.map((e) => e.kind)],
      );
    }

    const [recapLoad] = await tx.query<{ id: number }>(
      `insert into data_loads (kind, source, data_as_of, row_count) values ('regional', 'demo', $1, $2) returning id`,
      [demo.recaps.reduce((max, r) => (r.asOf > max ? r.asOf : max), demo.campaign.launchDate), demo.recaps.length],
    );
    for (let i = 0; i < demo.recaps.length; i += BATCH) {
      const part = demo.recaps.slice(i, i + BATCH);
      await tx.query(
        `insert into region_recaps (region_code, as_of, asn_count, registered, active, load_id)
         select r.*, $6::int from unnest($1::text[], $2::date[], $3::int[], $4::int[], $5::int[]) as r`,
        [part.map((r) => r.regionCode), part.map((r) => r.asOf), part.map((r) => r.asnCount), part.map((r) => r.registered), part.map((r) => r.active), recapLoad!.id],
      );
    }
    // The seed writes every registration there is (a new database, or one just cleared): rollups from scratch.
    await rebuildRollups(tx);
  });
}

async function insertRegistrations(
  tx: Queryable,
  rows: DemoRegistration[],
  unitId: Map<string, number>,
  loadId: number,
  pseudonymize: Pseudonymize,
): Promise<void> {
  await tx.query(
    `insert into registrations (registration_no, registered_on, unit_id, occupation, monthly_contribution,
       status, active_until, worker_key, registrant_key, load_id)
     select r.*, $10::int from unnest($1::text[], $2::date[], $3::int[], $4::text[], $5::int[], $6::text[], $7::date[], $8::text[], $9::text[]) as r`,
    [
      rows.map((r) => r.registrationNo),
      rows.map((r) => r.registeredOn),
      rows.map((r) => unitId.get(r.unitName)),
      rows.map((r) => r.occupation),
      rows.map((r) => r.monthlyContribution),
      rows.map((r) => r.status),
      rows.map((r) => r.activeUntil),
      rows.map((r) => pseudonymize(r.workerNik)),
      rows.map((r) => pseudonymize(r.registrantNip)),
      loadId,
    ],
  );
}

/** True when the database holds no campaign yet: the only time the demo is loaded. */
export async function isEmpty(db: Queryable): Promise<boolean> {
  const rows = await db.query('select 1 from campaign limit 1');
  return rows.length === 0;
}
