-- Coverage rollup (issue 7): what GET /api/coverage reads instead of working out every worker's runs of cover on each
-- request. Kept in step with `registrations` by server/db/rollups.ts, like the rollups of migration 0007.
--   worker_cover_runs  each worker's runs of cover as they stand for any data date d on or after all their
--                      registrations, before the status is weighed against d: an 'aktif' registration covers from its
--                      date without end (b null), a 'tidak_aktif' one through its active_until. On days before d this
--                      is exactly the cover of server/routes/coverage/cover-runs.ts; on d itself a 'tidak_aktif' run
--                      reaching d does not cover (the status wins), which the query corrects from the few rows with
--                      b >= d (index below). prev_b is the end of the worker's previous run.
--   rollup_cover_days  the moves of those runs per day and cohort (month of first registration): runs starting, runs
--                      ending (first day without cover), lapses (first run end of the worker in that month) and the
--                      "covered in a month" moves (coverage.queries.ts sums them on the month grid up to d).
create table worker_cover_runs (
  worker_key text not null,
  first_on date not null,
  a date not null,
  b date,
  prev_b date,
  primary key (worker_key, a)
);
create index worker_cover_runs_end_idx on worker_cover_runs (b);

create table rollup_cover_days (
  day date not null,
  cohort date not null,
  starts integer not null,
  ends integer not null,
  lapses integer not null,
  paid integer not null,
  primary key (day, cohort)
);

create or replace function rollups_truncate() returns trigger language plpgsql as $$
begin
  truncate worker_firsts, rollup_daily, rollup_unit_daily, rollup_unit_occupations, rollup_unit_cover, rollup_unit_cover_months,
           worker_cover_runs, rollup_cover_days;
  return null;
end
$$;

-- Existing databases: fill from the registrations (the same SQL as server/db/rollups.ts, COVER_RUNS and COVER_MOVES).
insert into worker_cover_runs (worker_key, first_on, a, b, prev_b)
with ends as (
  select r.worker_key, r.registration_no, r.registered_on as s,
         case when r.status = 'aktif' then 'infinity'::date when r.active_until >= r.registered_on then r.active_until end as e
    from registrations r
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
select worker_key, first_on, a, b, lag(b) over (partition by worker_key order by a) from runs;

insert into rollup_cover_days (day, cohort, starts, ends, lapses, paid)
select day, cohort, sum(starts), sum(ends), sum(lapses), sum(paid)
  from (
    select a as day, date_trunc('month', first_on::timestamp)::date as cohort, 1 as starts, 0 as ends, 0 as lapses,
           case when date_trunc('month', prev_b::timestamp) = date_trunc('month', a::timestamp) then 0 else 1 end as paid
      from worker_cover_runs
    union all
    select (date_trunc('month', a::timestamp) + interval '1 month')::date, date_trunc('month', first_on::timestamp)::date, 0, 0, 0, 1
      from worker_cover_runs where date_trunc('month', prev_b::timestamp) = date_trunc('month', a::timestamp)
    union all
    select b + 1, date_trunc('month', first_on::timestamp)::date, 0, 1,
           case when date_trunc('month', (prev_b + 1)::timestamp) = date_trunc('month', (b + 1)::timestamp) then 0 else 1 end, 0
      from worker_cover_runs where b is not null
    union all
    select (date_trunc('month', b::timestamp) + interval '1 month')::date, date_trunc('month', first_on::timestamp)::date, 0, 0, 0, -1
      from worker_cover_runs where b is not null
  ) m
 group by day, cohort
having sum(starts) <> 0 or sum(ends) <> 0 or sum(lapses) <> 0 or sum(paid) <> 0;
