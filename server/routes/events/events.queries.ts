import { EVENT_WINDOW_DAYS, type CampaignEvent, type EventInput, type EventList } from '../../../contract/events';
import type { Queryable } from '../../db/client';

/** 10800 → '10.800', in SQL. */
const count = (sql: string) => `replace(to_char(${sql}, 'FM999,999,999,990'), ',', '.')`;
/** A date → '13 Nov 2023', in SQL, with the month names of src/lib/format.ts. */
const date = (sql: string) =>
  `(extract(day from ${sql})::int || ' ' || (array['Jan','Feb','Mar','Apr','Mei','Jun','Jul','Agu','Sep','Okt','Nov','Des'])[extract(month from ${sql})::int] || ' ' || extract(year from ${sql})::int)`;

/**
 * Stored events, applied imports and changes of the campaign's target, oldest first, each with the workers first registered in the
 * 14 days before it and in the 14 days from it: the before/after that shows what an event moved.
 */
export async function queryEvents(db: Queryable): Promise<EventList> {
  const events = await db.query<CampaignEvent>(
    `with daily as (
       select registered_on as d, registered as n from rollup_daily
     ),
     all_events as (
       select 'e' || id as id, occurred_on as date, title, kind, note, true as editable from events
       union all
       select 'i' || id, ((applied_at at time zone 'UTC') + interval '7 hours')::date,
              'Impor ' || case kind when 'regional' then 'rekap wilayah' else 'rekap pendaftaran' end || ': ' || file_name,
              'impor', null, false
         from imports where status = 'applied'
       union all
       -- A change of the campaign's target (not its first version, which is the launch). Unit versions stay off
       -- the campaign's charts: a unit's drill-down draws them from its own targetSteps.
       select 't' || v.id, v.effective_from,
              case
                when v.asn_count * v.workers_per_asn <> v.previous_asn_count * v.previous_workers_per_asn then
                  'Target diubah: ' || ${count('v.previous_asn_count * v.previous_workers_per_asn')} || ' → '
                    || ${count('v.asn_count * v.workers_per_asn')} || ' pekerja'
                    || case when v.deadline <> v.previous_deadline then ', tenggat ' || ${date('v.deadline')} else '' end
                when v.deadline <> v.previous_deadline then
                  'Tenggat diubah: ' || ${date('v.previous_deadline')} || ' → ' || ${date('v.deadline')}
                else
                  'Target dihitung ulang: ' || ${count('v.previous_asn_count')} || ' ASN × ' || v.previous_workers_per_asn
                    || ' → ' || ${count('v.asn_count')} || ' ASN × ' || v.workers_per_asn
              end,
              'target', v.note, false
         from target_versions v
        where v.unit_id is null and v.previous_asn_count is not null
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
