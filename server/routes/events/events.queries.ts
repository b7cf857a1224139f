import { EVENT_WINDOW_DAYS, type CampaignEvent, type EventInput, type EventList } from '../../../contract/events';
import type { Queryable } from '../../db/client';

/**
 * Stored events and applied imports, oldest first, each with the workers first registered in the
 * 14 days before it and in the 14 days from it: the before/after that shows what an event moved.
 */
export async function queryEvents(db: Queryable): Promise<EventList> {
  const events = await db.query<CampaignEvent>(
    `with daily as (
       select registered_on as d, count(*)::int as n from workers group by registered_on
     ),
     all_events as (
       select 'e' || id as id, occurred_on as date, title, kind, note, true as editable from events
       union all
       select 'i' || id, ((applied_at at time zone 'UTC') + interval '7 hours')::date,
              'Impor ' || case kind when 'regional' then 'rekap wilayah' else 'rekap pendaftaran' end || ': ' || file_name,
              'impor', null, false
         from imports where status = 'applied'
     )
     select e.id, e.date::text as date, e.title, e.kind, e.note, e.editable,
            (select coalesce(sum(n), 0) from daily where d >= e.date - $1::int and d < e.date)::int as before,
            (select coalesce(sum(n), 0) from daily where d >= e.date and d < e.date + $1::int)::int as after
       from all_events e
      order by e.date, e.id`,
    [EVENT_WINDOW_DAYS],
  );
  return { events };
}

export class EventNotFoundError extends Error {
  constructor(id: number) {
    super(`Peristiwa #${id} tidak ditemukan.`);
  }
}

export async function createEvent(db: Queryable, input: EventInput, by: string | null): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `insert into events (occurred_on, title, kind, note, created_by) values ($1, $2, $3, $4, $5) returning id`,
    [input.date, input.title, input.kind, input.note, by],
  );
  return row!.id;
}

export async function updateEvent(db: Queryable, id: number, input: EventInput): Promise<void> {
  const rows = await db.query(
    `update events set occurred_on = $2, title = $3, kind = $4, note = $5, updated_at = now() where id = $1 returning id`,
    [id, input.date, input.title, input.kind, input.note],
  );
  if (rows.length === 0) throw new EventNotFoundError(id);
}

export async function deleteEvent(db: Queryable, id: number): Promise<void> {
  const rows = await db.query('delete from events where id = $1 returning id', [id]);
  if (rows.length === 0) throw new EventNotFoundError(id);
}
