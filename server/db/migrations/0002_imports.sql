-- Imports: every file is staged, previewed, then applied in one transaction, and can be undone.
-- Staged rows hold the same pseudonymised keys as registrations: no NIK, NIP or name here either.

create table imports (
  id integer generated always as identity primary key,
  kind text check (kind in ('registrations', 'regional')),  -- null when the file was refused before its header was read
  file_name text not null,
  file_hash text not null,
  file_bytes bigint not null default 0,
  imported_by text,
  created_at timestamptz not null default now(),
  status text not null check (status in ('staging', 'preview', 'applied', 'cancelled', 'undone', 'failed')),
  failure text,
  row_count integer not null default 0,
  rejected integer not null default 0,
  skipped integer not null default 0,
  added integer,
  updated integer,
  unchanged integer,
  duplicate_workers integer,
  error_count integer not null default 0,
  warning_count integer not null default 0,
  partial boolean not null default false,
  replaced_demo boolean not null default false,
  applied_at timestamptz,
  undone_at timestamptz,
  load_id integer references data_loads (id) on delete set null
);
create index imports_hash_idx on imports (file_hash);

create table import_problems (
  import_id integer not null references imports (id) on delete cascade,
  seq integer not null,
  severity text not null check (severity in ('error', 'warning')),
  line integer,
  column_name text,
  value text,
  message text not null,
  primary key (import_id, seq)
);

create table staged_registrations (
  import_id integer not null references imports (id) on delete cascade,
  line integer not null,
  registration_no text not null,
  registered_on date not null,
  unit_name text not null,
  kecamatan text not null,
  occupation text not null,
  monthly_contribution integer not null,
  status text not null,
  active_until date,
  worker_key text not null,
  registrant_key text not null
);
create index staged_registrations_idx on staged_registrations (import_id, registration_no, line);
create index staged_registrations_worker_idx on staged_registrations (import_id, worker_key, registered_on, registration_no);

create table staged_recaps (
  import_id integer not null references imports (id) on delete cascade,
  line integer not null,
  region_code text not null,
  as_of date not null,
  asn_count integer not null,
  registered integer not null,
  active integer not null
);
create index staged_recaps_idx on staged_recaps (import_id, region_code, as_of, line);

-- What an applied import changed, so that undo restores exactly the previous state.
-- previous is null for a row the import added.
create table import_changes (
  import_id integer not null references imports (id) on delete cascade,
  row_key text not null,
  previous jsonb
);
create index import_changes_idx on import_changes (import_id);

create table import_created_units (
  import_id integer not null references imports (id) on delete cascade,
  unit_id integer not null
);
