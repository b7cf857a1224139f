import type { Queryable } from './client';

/**
 * The rollups of migrations 0007 and 0009 (worker_firsts, runs of cover and the small per-day, per-unit, per-occupation and per-cover-end
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

/**
 * Each worker's runs of cover for a data date on or after all their registrations, before the status is weighed
 * against that date (migration 0009: worker_cover_runs): 'aktif' covers from its date without end, 'tidak_aktif'
 * through its active_until. The same joining of runs as server/routes/coverage/cover-runs.ts.
 */
const COVER_RUNS = (only: string) => `
  with ends as (
    select r.worker_key, r.registration_no, r.registered_on as s,
           case when r.status = 'aktif' then 'infinity'::date when r.active_until >= r.registered_on then r.active_until end as e
      from registrations r
     where ${only}
  ),
  marked as (
    select worker_key, registration_no, s, e, min(s) over (partition by worker_key) as first_on,
           case when e is null then 0
                when s <= max(e) over (w rows between unbounded preceding and 1 preceding) + 1 then 0
                else 1 end as starts_run
      from ends
    window w as (partition by worker_key order by s, registration_no)
  ),
  numbered as (
    select worker_key, first_on, s, e, sum(starts_run) over (partition by worker_key order by s, registration_no rows unbounded preceding) as run
      from marked
  ),
  runs as (
    select worker_key, min(first_on) as first_on, min(s) as a, nullif(max(e), 'infinity'::date) as b
      from numbered where e is not null group by worker_key, run
  )
  select worker_key, first_on, a, b, lag(b) over (partition by worker_key order by a) from runs`;

const COVER_RUNS_COLUMNS = 'worker_key, first_on, a, b, prev_b';

const monthOf = (expr: string) => `date_trunc('month', (${expr})::timestamp)`;

/**
 * The moves of runs (a relation with first_on, a, b, prev_b) per day and cohort, times `sign` (migration 0009:
 * rollup_cover_days): a run starts on a and is covered in its month unless the previous run ended in that month
 * (then from the next month on); it ends on b + 1, a lapse unless the previous run ended in that month too, and is
 * no longer covered from the month after b.
 */
const COVER_MOVES = (runs: string, sign: 1 | -1) => `
  select day, cohort, ${sign} * sum(starts) as starts, ${sign} * sum(ends) as ends, ${sign} * sum(lapses) as lapses, ${sign} * sum(paid) as paid
    from (
      select a as day, ${monthOf('first_on')}::date as cohort, 1 as starts, 0 as ends, 0 as lapses,
             case when ${monthOf('prev_b')} = ${monthOf('a')} then 0 else 1 end as paid
        from ${runs} x
      union all
      select (${monthOf('a')} + interval '1 month')::date, ${monthOf('first_on')}::date, 0, 0, 0, 1
        from ${runs} x where ${monthOf('prev_b')} = ${monthOf('a')}
      union all
      select b + 1, ${monthOf('first_on')}::date, 0, 1, case when ${monthOf('prev_b + 1')} = ${monthOf('b + 1')} then 0 else 1 end, 0
        from ${runs} x where b is not null
      union all
      select (${monthOf('b')} + interval '1 month')::date, ${monthOf('first_on')}::date, 0, 0, 0, -1
        from ${runs} x where b is not null
    ) m
   group by day, cohort`;

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

  // Runs of cover (migration 0009): the same, from the stored runs of these workers and their runs now.
  const keyRuns = '(select w.* from worker_cover_runs w join pg_temp.rollup_keys k on k.worker_key = w.worker_key)';
  await tx.query('drop table if exists pg_temp.cover_delta');
  await tx.query(`create temp table cover_delta on commit drop as ${COVER_MOVES(keyRuns, -1)}`);
  await tx.query('delete from worker_cover_runs w using pg_temp.rollup_keys k where w.worker_key = k.worker_key');
  await tx.query(`insert into worker_cover_runs (${COVER_RUNS_COLUMNS}) ${COVER_RUNS(inKeys)}`);
  await tx.query(`insert into pg_temp.cover_delta ${COVER_MOVES(keyRuns, 1)}`);
  await tx.query(
    `insert into rollup_cover_days as t (day, cohort, starts, ends, lapses, paid)
     select day, cohort, sum(starts), sum(ends), sum(lapses), sum(paid) from pg_temp.cover_delta group by 1, 2
     having sum(starts) <> 0 or sum(ends) <> 0 or sum(lapses) <> 0 or sum(paid) <> 0
     on conflict (day, cohort) do update
       set starts = t.starts + excluded.starts, ends = t.ends + excluded.ends, lapses = t.lapses + excluded.lapses, paid = t.paid + excluded.paid`,
  );
  await tx.query(
    `delete from rollup_cover_days t using (select distinct day, cohort from pg_temp.cover_delta) d
      where t.day = d.day and t.cohort = d.cohort and t.starts = 0 and t.ends = 0 and t.lapses = 0 and t.paid = 0`,
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
  await db.query('delete from worker_cover_runs');
  await db.query('delete from rollup_cover_days');
  await db.query(`insert into worker_cover_runs (${COVER_RUNS_COLUMNS}) ${COVER_RUNS('true')}`);
  await db.query(
    `insert into rollup_cover_days (day, cohort, starts, ends, lapses, paid)
     select * from (${COVER_MOVES('worker_cover_runs', 1)}) m where starts <> 0 or ends <> 0 or lapses <> 0 or paid <> 0`,
  );
  await db.query('analyze worker_firsts');
  await db.query('analyze worker_cover_runs');
}
