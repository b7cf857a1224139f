-- Targets as data with history (issue 4): every change of the campaign's ASN count, ratio or deadline, and of a
-- unit's ASN count, is a new version here, never an overwrite. `campaign` and `units` keep the current values,
-- updated in the same transaction as the version is written. A version holds from effective_from (a WIB date)
-- until the next one of the same scope; it also keeps the values it replaced, so the history reads "from -> to".
create table target_versions (
  id integer generated always as identity primary key,
  unit_id integer references units (id) on delete cascade,  -- null: the whole campaign
  effective_from date not null,
  asn_count integer not null check (asn_count >= 0),
  workers_per_asn integer not null check (workers_per_asn > 0),  -- for a unit: the campaign's ratio when it changed
  deadline date,                                                  -- campaign versions only
  previous_asn_count integer check (previous_asn_count >= 0),     -- null: the first version, nothing replaced
  previous_workers_per_asn integer check (previous_workers_per_asn > 0),
  previous_deadline date,
  note text check (note is null or length(note) <= 500),
  changed_by text,                                                -- username; null for the version set up at first start
  changed_at timestamptz not null default now(),
  check ((unit_id is null) = (deadline is not null)),
  check (unit_id is not null or asn_count > 0)
);
create index target_versions_scope_idx on target_versions (unit_id, effective_from, id);

-- Databases from before this migration: their current target becomes the first version, from the launch.
insert into target_versions (unit_id, effective_from, asn_count, workers_per_asn, deadline)
select null, launch_date, asn_count, workers_per_asn, deadline from campaign;
