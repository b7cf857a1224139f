-- One number that changes whenever anything a public GET answer is computed from changes (issue 7): the HTTP
-- cache (server/lib/http-cache.ts) keys its answers on it, so an unchanged version is answered without querying.
-- Statement-level triggers bump it inside the writing transaction, so the new number becomes visible at the same
-- commit as the data: a reader never sees a new version with old data. The row lock this takes makes writers to
-- these tables take turns on PostgreSQL; imports already do (advisory lock), the rest are single-row admin edits.
create table data_version (
  id integer primary key check (id = 1),
  version bigint not null,
  changed_at timestamptz not null default now()
);
insert into data_version (id, version) values (1, 1);

create function bump_data_version() returns trigger language plpgsql as $$
begin
  update data_version set version = version + 1, changed_at = now() where id = 1;
  return null;
end
$$;

-- Every table an aggregate endpoint reads (summary, timeseries, breakdowns, ranking, coverage, events, targets).
-- Rollup tables derived from registrations change in the same transactions as it, so they need no trigger.
do $$
declare
  t text;
begin
  foreach t in array array['regions', 'kecamatan', 'campaign', 'units', 'data_loads', 'registrations', 'region_recaps',
                           'imports', 'events', 'target_versions']
  loop
    execute format(
      'create trigger %I after insert or update or delete or truncate on %I for each statement execute function bump_data_version()',
      t || '_bump_data_version', t);
  end loop;
end
$$;
