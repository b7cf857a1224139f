-- Pantau Peduli schema, version 1.
-- Aggregates only need who-registered-whom as keyed hashes: no NIK, NIP or name is ever stored.

create table regions (
  code text primary key check (code ~ '^[0-9]{4}$'),
  name text not null,
  kind text not null check (kind in ('kabupaten', 'kota'))
);

create table kecamatan (
  name text primary key,
  region_code text not null references regions (code)
);

create table campaign (
  id smallint primary key default 1 check (id = 1),
  region_code text not null references regions (code),
  asn_count integer not null check (asn_count > 0),
  workers_per_asn integer not null default 1 check (workers_per_asn > 0),
  monthly_contribution integer not null check (monthly_contribution > 0),
  launch_date date not null,
  deadline date not null check (deadline > launch_date),
  is_demo boolean not null default false
);

create table units (
  id integer generated always as identity primary key,
  name text not null unique,
  kind text not null check (kind in ('opd', 'sekolah', 'puskesmas', 'kecamatan')),
  kecamatan text not null references kecamatan (name),
  asn_count integer not null check (asn_count >= 0)
);

-- One row per load of data (the demo, later each import): when, what, and up to which date it speaks.
create table data_loads (
  id integer generated always as identity primary key,
  kind text not null check (kind in ('registrations', 'regional')),
  source text not null check (source in ('demo', 'import')),
  loaded_at timestamptz not null default now(),
  data_as_of date not null,
  row_count integer not null check (row_count >= 0)
);

create table registrations (
  registration_no text primary key,
  registered_on date not null,
  unit_id integer not null references units (id),
  occupation text not null,
  monthly_contribution integer not null check (monthly_contribution > 0),
  status text not null check (status in ('aktif', 'tidak_aktif')),
  active_until date,
  worker_key text not null,      -- keyed hash of the worker's NIK, only to count each worker once
  registrant_key text not null,  -- keyed hash of the registering ASN's NIP
  load_id integer not null references data_loads (id)
);
create index registrations_worker_idx on registrations (worker_key, registered_on, registration_no);
create index registrations_date_idx on registrations (registered_on);
create index registrations_unit_idx on registrations (unit_id);

-- Each worker once: their first registration decides date, unit and occupation;
-- they are protected now if any of their registrations is paid up.
create view workers as
select distinct on (r.worker_key)
  r.worker_key,
  r.registration_no,
  r.registered_on,
  r.unit_id,
  r.occupation,
  bool_or(r.status = 'aktif') over (partition by r.worker_key) as active
from registrations r
order by r.worker_key, r.registered_on, r.registration_no;

-- The provincial office's recap for the other regions; the campaign's own region is computed from its records.
create table region_recaps (
  region_code text not null references regions (code),
  as_of date not null,
  asn_count integer not null check (asn_count >= 0),
  registered integer not null check (registered >= 0),
  active integer not null check (active >= 0),
  load_id integer not null references data_loads (id),
  primary key (region_code, as_of)
);
