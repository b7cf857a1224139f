-- Frozen snapshots (issue 5): the aggregates of one dashboard view, computed when a staff member shares it and
-- never recomputed, behind a public link /s/<token>. The token (32 random bytes) is kept only as its SHA-256
-- hash. A link ends when it expires or is revoked; a revoked link stays revoked (trigger below).
create table snapshots (
  id integer generated always as identity primary key,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  title text not null check (length(title) between 1 and 120),
  note text check (note is null or length(note) <= 1000),
  view jsonb not null,        -- { path, params }: the page and its URL parameters
  payload jsonb not null,     -- the view's aggregates (contract/snapshots.ts SnapshotData): no records, no personal data
  as_of timestamptz,          -- the data's as-of time when frozen
  as_of_date date,
  created_by integer references users (id) on delete set null,
  author_name text not null,  -- the creator's display name then, kept if the account goes
  created_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by integer references users (id) on delete set null,
  opens integer not null default 0 check (opens >= 0),
  last_opened_at timestamptz,
  check (expires_at > created_at)
);
create index snapshots_created_idx on snapshots (created_at desc, id desc);

create function snapshots_keep_revoked() returns trigger language plpgsql as $$
begin
  if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
    raise exception 'snapshot % is revoked and stays revoked', old.id;
  end if;
  return new;
end
$$;
create trigger snapshots_keep_revoked before update on snapshots for each row execute function snapshots_keep_revoked();

-- Failed snapshot lookups (unknown, expired or revoked tokens) per client address (SHA-256 of it), in a
-- fixed one-minute window: too many and further lookups answer 429.
create table snapshot_lookup_failures (
  key text primary key,
  window_started_at timestamptz not null,
  failures integer not null check (failures >= 0)
);
