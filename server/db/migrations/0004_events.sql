-- Campaign events: what moves the curve (socialisation sessions, circulars, apel), drawn on every time chart.
-- Applied imports appear as events too, derived from the imports table rather than stored twice.
create table events (
  id integer generated always as identity primary key,
  occurred_on date not null,
  title text not null check (length(title) between 1 and 120),
  kind text not null check (kind in ('sosialisasi', 'kebijakan', 'kegiatan', 'lainnya')),
  note text check (note is null or length(note) <= 500),
  created_by text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index events_date_idx on events (occurred_on);
