-- Rollups (issue 7): what the aggregate endpoints read, kept in step with `registrations` by server/db/rollups.ts
-- in the same transaction as every change, so that no public request scans the registrations or one row per worker.
--   worker_firsts            each worker once, as the old `workers` view computed it (the view now reads this table);
--   rollup_daily             workers per date of first registration (campaign totals, series, pace, events, ranking);
--   rollup_unit_daily        the same per unit (scoped series, per-unit recency: new in 7/14/28 days, last registration);
--   rollup_unit_occupations  workers and active workers per unit and occupation (unit and kecamatan totals, occupation mix);
--   rollup_unit_cover        workers per unit and `cover_until` (and per month of it, rollup_unit_cover_months), from
--                            which the per-unit expiringNext30Days is counted for any data date on or after every
--                            registration: whole months below the date + 30, days in its month (breakdowns.queries.ts).
-- Counts are adjusted by upserts that add negative contributions, so they carry no check (a proposed row is checked
-- before its conflict is found); rows that reach 0 are deleted.
-- server/db/rollups.test.ts holds every table equal to a from-scratch count over the registrations.

create table worker_firsts (
  worker_key text primary key,
  registration_no text not null,
  registered_on date not null,
  unit_id integer not null,
  occupation text not null,
  active boolean not null,
  -- The latest active_until of the worker's 'aktif' registrations: 'infinity' when one has none, null when none is
  -- 'aktif'. At a data date d on or after all their registrations, the worker's cover holds on d and ends within 30
  -- days (cover-runs.ts) exactly when cover_until <= d + 30: the status wins over past dates, so every 'aktif'
  -- registration covers d, and the run holding d ends at the latest of them, capped at d + 31.
  cover_until date
);
create index worker_firsts_unit_idx on worker_firsts (unit_id, registered_on);

create table rollup_daily (
  registered_on date primary key,
  registered integer not null,
  active integer not null
);

create table rollup_unit_daily (
  unit_id integer not null,
  registered_on date not null,
  registered integer not null,
  primary key (unit_id, registered_on)
);
create index rollup_unit_daily_date_idx on rollup_unit_daily (registered_on);

create table rollup_unit_occupations (
  unit_id integer not null,
  occupation text not null,
  registered integer not null,
  active integer not null,
  primary key (unit_id, occupation)
);

create table rollup_unit_cover (
  cover_until date not null,
  unit_id integer not null,
  n integer not null,
  primary key (cover_until, unit_id)
);

create table rollup_unit_cover_months (
  month date not null,  -- first day of cover_until's month; 'infinity' for open-ended cover
  unit_id integer not null,
  n integer not null,
  primary key (month, unit_id)
);

-- `truncate registrations` (tests clear data that way) empties the rollups too.
create function rollups_truncate() returns trigger language plpgsql as $$
begin
  truncate worker_firsts, rollup_daily, rollup_unit_daily, rollup_unit_occupations, rollup_unit_cover, rollup_unit_cover_months;
  return null;
end
$$;
create trigger registrations_truncate_rollups after truncate on registrations
  for each statement execute function rollups_truncate();

-- The view keeps its name, columns and meaning for anything that reads it.
drop view workers;
create view workers as
select worker_key, registration_no, registered_on, unit_id, occupation, active from worker_firsts;

-- Every ranking request asks for the newest recap date; ranking/history reads the recaps up to a date.
create index region_recaps_as_of_idx on region_recaps (as_of);

-- Existing databases: fill from the registrations.
insert into worker_firsts (worker_key, registration_no, registered_on, unit_id, occupation, active, cover_until)
select distinct on (r.worker_key) r.worker_key, r.registration_no, r.registered_on, r.unit_id, r.occupation,
       bool_or(r.status = 'aktif') over (partition by r.worker_key),
       max(case when r.status = 'aktif' then coalesce(r.active_until, 'infinity') end) over (partition by r.worker_key)
  from registrations r
 order by r.worker_key, r.registered_on, r.registration_no;
insert into rollup_daily select registered_on, count(*), count(*) filter (where active) from worker_firsts group by 1;
insert into rollup_unit_daily select unit_id, registered_on, count(*) from worker_firsts group by 1, 2;
insert into rollup_unit_occupations select unit_id, occupation, count(*), count(*) filter (where active) from worker_firsts group by 1, 2;
insert into rollup_unit_cover select cover_until, unit_id, count(*) from worker_firsts where cover_until is not null group by 1, 2;
insert into rollup_unit_cover_months select date_trunc('month', cover_until)::date, unit_id, sum(n) from rollup_unit_cover group by 1, 2;
