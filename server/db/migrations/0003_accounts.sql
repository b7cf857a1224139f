-- Staff accounts (issue 3): who may sign in, their sessions, and failed sign-ins for throttling.
-- Times are written by the server's clock, not now(), so tests can move it.

create table users (
  id integer generated always as identity primary key,
  username text not null check (username ~ '^[A-Za-z0-9._-]{3,40}$'),
  display_name text not null check (length(display_name) between 1 and 100),
  role text not null check (role in ('admin', 'viewer')),
  password_hash text not null,  -- scrypt, self-describing: $scrypt$ln=..,r=..,p=..$salt$hash
  created_at timestamptz not null default now(),
  disabled boolean not null default false
);
-- Heru and heru are one account.
create unique index users_username_key on users (lower(username));

create table sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),  -- SHA-256 of the cookie's token: the token itself is never stored
  user_id integer not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,    -- absolute end; idle sessions end earlier, from last_seen_at
  last_seen_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);

create table login_attempts (
  key text primary key,               -- SHA-256 of 'user:<name>' or 'ip:<address>': what people type is not kept
  failures integer not null default 0 check (failures >= 0),
  locked_until timestamptz,
  last_attempt_at timestamptz not null
);
