import type { Queryable } from '../db/client';

/** A row of `target_versions`, in insertion (id) order. */
export interface TargetVersionRow {
  unitName: string | null;
  effectiveFrom: string;
  asnCount: number;
  workersPerAsn: number;
  deadline: string | null;
  previous: { asnCount: number; workersPerAsn: number; deadline: string | null } | null;
  note: string | null;
  changedBy: string | null;
  changedAt: string;
}

/**
 * Writes to `target_versions`, the history of targets (migration 0005). The current values stay in `campaign`
 * and `units`; every writer here changes both in the caller's transaction.
 */

/** A seeded history: replaces whatever history there was (the seed writes a whole campaign). */
export async function insertTargetVersions(tx: Queryable, rows: readonly TargetVersionRow[], unitId: ReadonlyMap<string, number>): Promise<void> {
  await tx.query('delete from target_versions');
  const stored = rows.filter((r) => r.unitName === null || unitId.has(r.unitName));
  if (stored.length === 0) return;
  await tx.query(
    `insert into target_versions (unit_id, effective_from, asn_count, workers_per_asn, deadline, previous_asn_count,
       previous_workers_per_asn, previous_deadline, note, changed_by, changed_at)
     select unit_id, effective_from, asn_count, workers_per_asn, deadline, pa, pw, pd, note, changed_by, changed_at
       from unnest($1::int[], $2::date[], $3::int[], $4::int[], $5::date[], $6::int[], $7::int[], $8::date[], $9::text[], $10::text[], $11::timestamptz[])
       with ordinality as t(unit_id, effective_from, asn_count, workers_per_asn, deadline, pa, pw, pd, note, changed_by, changed_at, n)
      order by n`,
    [
      stored.map((r) => (r.unitName === null ? null : unitId.get(r.unitName)!)),
      stored.map((r) => r.effectiveFrom),
      stored.map((r) => r.asnCount),
      stored.map((r) => r.workersPerAsn),
      stored.map((r) => r.deadline),
      stored.map((r) => r.previous?.asnCount ?? null),
      stored.map((r) => r.previous?.workersPerAsn ?? null),
      stored.map((r) => r.previous?.deadline ?? null),
      stored.map((r) => r.note),
      stored.map((r) => r.changedBy),
      stored.map((r) => r.changedAt),
    ],
  );
}

/**
 * Starts the history afresh from the campaign's current values, as its first version from the launch:
 * at first start without the demo, and when the first real import replaces the demo (whose unit versions
 * went with its units).
 */
export async function restartTargetHistory(tx: Queryable): Promise<void> {
  await tx.query('delete from target_versions where unit_id is null');
  await tx.query(
    `insert into target_versions (unit_id, effective_from, asn_count, workers_per_asn, deadline)
     select null, launch_date, asn_count, workers_per_asn, deadline from campaign`,
  );
}

export interface CampaignTargetChange {
  asnCount: number;
  workersPerAsn: number;
  deadline: string;
  effectiveFrom: string;
  note: string | null;
  changedBy: string | null;
}

/** A new campaign version and the campaign row updated to it, with the values it replaced. Call inside a transaction. */
export async function writeCampaignVersion(tx: Queryable, change: CampaignTargetChange): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `with old as (select asn_count, workers_per_asn, deadline from campaign),
     upd as (
       update campaign set asn_count = $1, workers_per_asn = $2, deadline = $3 returning 1
     )
     insert into target_versions (unit_id, effective_from, asn_count, workers_per_asn, deadline, previous_asn_count,
       previous_workers_per_asn, previous_deadline, note, changed_by)
     select null, $4, $1, $2, $3, old.asn_count, old.workers_per_asn, old.deadline, $5, $6 from old, upd
     returning id`,
    [change.asnCount, change.workersPerAsn, change.deadline, change.effectiveFrom, change.note, change.changedBy],
  );
  return row!.id;
}

export interface UnitTargetChange {
  unitId: number;
  asnCount: number;
  effectiveFrom: string;
  note: string | null;
  changedBy: string | null;
}

/** A new unit version (with the campaign's ratio on its date) and the unit row updated to it. Call inside a transaction. */
export async function writeUnitVersion(tx: Queryable, change: UnitTargetChange): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `with old as (select asn_count from units where id = $1),
     upd as (update units set asn_count = $2 where id = $1 returning 1),
     ratio as (
       select coalesce(
         (select workers_per_asn from target_versions where unit_id is null and effective_from <= $3::date order by effective_from desc, id desc limit 1),
         (select workers_per_asn from campaign)) as r
     )
     insert into target_versions (unit_id, effective_from, asn_count, workers_per_asn, deadline, previous_asn_count,
       previous_workers_per_asn, note, changed_by)
     select $1, $3, $2, ratio.r, null, old.asn_count, ratio.r, $4, $5 from old, upd, ratio
     returning id`,
    [change.unitId, change.asnCount, change.effectiveFrom, change.note, change.changedBy],
  );
  return row!.id;
}
