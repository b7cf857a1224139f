import type { Queryable } from './client';

/**
 * The rollups of migration 0007 (worker_firsts and the small per-day, per-unit, per-occupation and per-cover-end
 * counts the aggregate endpoints read), kept in step with `registrations`. Call refreshRollups inside the
 * transaction that changes registrations (it uses temporary tables dropped at commit), with every worker_key the
 * change touched, before and after it; a failed transaction leaves them as they were. Nothing in them depends on
 * the data date, so a new load only refreshes its own workers. rebuildRollups recomputes everything.
 */

/**
 * Each worker's first registration (date, then number), whether any of their registrations is active, and until when
 * their active registrations cover them (migration 0007: worker_firsts.cover_until).
 */
const FIRSTS = (only: string) => `
  select distinct on (r.worker_key) r.worker_key, r.registration_no, r.registered_on, r.unit_id, r.occupation,
         bool_or(r.status = 'aktif') over w as active,
         max(case when r.status = 'aktif' then coalesce(r.active_until, 'infinity') end) over w as cover_until
    from registrations r
   where ${only}
  window w as (partition by r.worker_key)
   order by r.worker_key, r.registered_on, r.registration_no`;

const FIRSTS_COLUMNS = 'worker_key, registration_no, registered_on, unit_id, occupation, active, cover_until';

/** Recomputes the rollups of the workers with these keys (a key with no registrations left just goes). */
export async function refreshRollups(tx: Queryable, workerKeys: readonly string[]): Promise<void> {
  await refreshRollupsOf(tx, 'select unnest($1::text[])', [workerKeys]);
}

/**
 * refreshRollups for the worker keys a query selects (one text column), so that large changes need not carry
 * the keys through the client: e.g. `select worker_key from staged_registrations where import_id = $1`.
 */
export async function refreshRollupsOf(tx: Queryable, keysSql: string, params: readonly unknown[]): Promise<void> {
  await tx.query('drop table if exists pg_temp.rollup_keys');
  await tx.query('create temp table rollup_keys (worker_key text primary key) on commit drop');
  await tx.query(`insert into pg_temp.rollup_keys select distinct k from (${keysSql}) s(k) where k is not null`, params);
  await tx.query('analyze pg_temp.rollup_keys');
  const inKeys = 'r.worker_key in (select worker_key from pg_temp.rollup_keys)';

  // What these workers contributed, taken away; what they contribute now, added.
  await tx.query('drop table if exists pg_temp.rollup_delta');
  await tx.query('create temp table rollup_delta (registered_on date, unit_id integer, occupation text, cover_until date, registered integer, active integer) on commit drop');
  await tx.query(
    `insert into pg_temp.rollup_delta select w.registered_on, w.unit_id, w.occupation, w.cover_until, -1, -(w.active::int)
       from worker_firsts w join pg_temp.rollup_keys k on k.worker_key = w.worker_key`,
  );
  await tx.query('delete from worker_firsts w using pg_temp.rollup_keys k where w.worker_key = k.worker_key');
  await tx.query(`insert into worker_firsts (${FIRSTS_COLUMNS}) ${FIRSTS(inKeys)}`);
  await tx.query(
    `insert into pg_temp.rollup_delta select w.registered_on, w.unit_id, w.occupation, w.cover_until, 1, w.active::int
       from worker_firsts w join pg_temp.rollup_keys k on k.worker_key = w.worker_key`,
  );
  await tx.query(
    `insert into rollup_daily as t (registered_on, registered, active)
     select registered_on, sum(registered), sum(active) from pg_temp.rollup_delta group by 1 having sum(registered) <> 0 or sum(active) <> 0
     on conflict (registered_on) do update set registered = t.registered + excluded.registered, active = t.active + excluded.active`,
  );
  await tx.query(
    `delete from rollup_daily t using (select distinct registered_on from pg_temp.rollup_delta) d
      where t.registered_on = d.registered_on and t.registered = 0`,
  );
  await tx.query(
    `insert into rollup_unit_daily as t (unit_id, registered_on, registered)
     select unit_id, registered_on, sum(registered) from pg_temp.rollup_delta group by 1, 2 having sum(registered) <> 0
     on conflict (unit_id, registered_on) do update set registered = t.registered + excluded.registered`,
  );
  await tx.query(
    `delete from rollup_unit_daily t using (select distinct unit_id, registered_on from pg_temp.rollup_delta) d
      where t.unit_id = d.unit_id and t.registered_on = d.registered_on and t.registered = 0`,
  );
  await tx.query(
    `insert into rollup_unit_occupations as t (unit_id, occupation, registered, active)
     select unit_id, occupation, sum(registered), sum(active) from pg_temp.rollup_delta group by 1, 2
     having sum(registered) <> 0 or sum(active) <> 0
     on conflict (unit_id, occupation) do update set registered = t.registered + excluded.registered, active = t.active + excluded.active`,
  );
  await tx.query(
    `delete from rollup_unit_occupations t using (select distinct unit_id, occupation from pg_temp.rollup_delta) d
      where t.unit_id = d.unit_id and t.occupation = d.occupation and t.registered = 0`,
  );

  await tx.query(
    `insert into rollup_unit_cover as t (cover_until, unit_id, n)
     select cover_until, unit_id, sum(registered) from pg_temp.rollup_delta where cover_until is not null group by 1, 2
     having sum(registered) <> 0
     on conflict (cover_until, unit_id) do update set n = t.n + excluded.n`,
  );
  await tx.query(
    `delete from rollup_unit_cover t using (select distinct cover_until, unit_id from pg_temp.rollup_delta) d
      where t.cover_until = d.cover_until and t.unit_id = d.unit_id and t.n = 0`,
  );
  await tx.query(
    `insert into rollup_unit_cover_months as t (month, unit_id, n)
     select date_trunc('month', cover_until)::date, unit_id, sum(registered) from pg_temp.rollup_delta where cover_until is not null
      group by 1, 2 having sum(registered) <> 0
     on conflict (month, unit_id) do update set n = t.n + excluded.n`,
  );
  await tx.query(
    `delete from rollup_unit_cover_months t using (select distinct date_trunc('month', cover_until)::date as month, unit_id from pg_temp.rollup_delta) d
      where t.month = d.month and t.unit_id = d.unit_id and t.n = 0`,
  );
}

/**
 * Recomputes every rollup from the registrations. For loads that bypass refreshRollups (bulk SQL inserts, the
 * demo seed); run it in the same transaction as the load, or right after it.
 */
export async function rebuildRollups(db: Queryable): Promise<void> {
  await db.query('delete from worker_firsts');
  await db.query('delete from rollup_daily');
  await db.query('delete from rollup_unit_daily');
  await db.query('delete from rollup_unit_occupations');
  await db.query('delete from rollup_unit_cover');
  await db.query('delete from rollup_unit_cover_months');
  await db.query(`insert into worker_firsts (${FIRSTS_COLUMNS}) ${FIRSTS('true')}`);
  await db.query(
    `insert into rollup_daily (registered_on, registered, active)
     select registered_on, count(*), count(*) filter (where active) from worker_firsts group by 1`,
  );
  await db.query(
    'insert into rollup_unit_daily (unit_id, registered_on, registered) select unit_id, registered_on, count(*) from worker_firsts group by 1, 2',
  );
  await db.query(
    `insert into rollup_unit_occupations (unit_id, occupation, registered, active)
     select unit_id, occupation, count(*), count(*) filter (where active) from worker_firsts group by 1, 2`,
  );
  await db.query(
    'insert into rollup_unit_cover (cover_until, unit_id, n) select cover_until, unit_id, count(*) from worker_firsts where cover_until is not null group by 1, 2',
  );
  await db.query(
    `insert into rollup_unit_cover_months (month, unit_id, n)
     select date_trunc('month', cover_until)::date, unit_id, sum(n) from rollup_unit_cover group by 1, 2`,
  );
  await db.query('analyze worker_firsts');
}
