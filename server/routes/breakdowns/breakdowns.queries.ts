import type { KecamatanBreakdown, OccupationBreakdown, UnitBreakdown, UnitKind } from '../../../contract/breakdowns';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';
import { resolveScope, workersInScope } from '../../campaign/scope';
import type { ScopeQuery } from '../../../contract/breakdowns';
import { coverRunsCte, expiringByUnitCte } from '../coverage/cover-runs';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Pace per unit and per kecamatan: newLastNDays counts workers first registered in the N days ending asOfDate,
 * both ends included (asOfDate - N + 1 .. asOfDate). expiringNext30Days counts workers covered on asOfDate whose
 * run of cover, without a further payment, ends within 30 days: the last covered day is asOfDate ..
 * asOfDate + 30. Coverage (which registration covers which days, status against active_until, renewals) is
 * defined once in server/routes/coverage/cover-runs.ts. Each worker counts once, in the unit of their first
 * registration, as everywhere. All read from the rollups (migration 0007, server/db/rollups.ts).
 */
interface PaceRow { new_7: number; new_14: number; new_28: number; expiring: number }

const pace = (r: PaceRow) => ({ newLast7Days: r.new_7, newLast14Days: r.new_14, newLast28Days: r.new_28, expiringNext30Days: r.expiring });

/**
 * `expiring_by_unit(unit_id, n)` for the date in `$1`. When no registration is dated after it (the data date of a
 * load is never before its rows), from the rollup: a worker expires exactly when their cover_until is at most
 * `$1` + 30 (migration 0007), counted as whole months before the month of `$1` + 30, then its days. Otherwise
 * from the registrations, as cover-runs.ts defines it.
 */
async function expiringByUnit(db: Queryable, date: string): Promise<string> {
  const [row] = await db.query<{ rolled: boolean }>(
    'select coalesce((select max(registered_on) from registrations) <= $1::date, true) as rolled',
    [date],
  );
  return row?.rolled
    ? `expiring_by_unit as (
         select unit_id, sum(n) as n
           from (select unit_id, n from rollup_unit_cover_months where month < date_trunc('month', $1::date + 30)
                 union all
                 select unit_id, n from rollup_unit_cover
                  where cover_until >= date_trunc('month', $1::date + 30) and cover_until <= $1::date + 30) c
          group by unit_id
       )`
    : `${coverRunsCte('$1')}, ${expiringByUnitCte('$1')}`;
}

/** `per_unit`: every unit's workers, active workers, last first registration, pace and expiring; `$1` the date. */
const PER_UNIT = `
     totals as (
       select unit_id, sum(registered) as registered, sum(active) as active from rollup_unit_occupations group by unit_id
     ),
     recent as (
       select unit_id,
              sum(registered) filter (where registered_on > $1::date - 7) as new_7,
              sum(registered) filter (where registered_on > $1::date - 14) as new_14,
              sum(registered) as new_28
         from rollup_unit_daily where registered_on > $1::date - 28 and registered_on <= $1::date
        group by unit_id
     ),
     per_unit as (
       select u.id, u.kecamatan, u.asn_count,
              coalesce(t.registered, 0)::int as registered,
              coalesce(t.active, 0)::int as active,
              (select max(d.registered_on) from rollup_unit_daily d where d.unit_id = u.id) as last_registration,
              coalesce(n.new_7, 0)::int as new_7,
              coalesce(n.new_14, 0)::int as new_14,
              coalesce(n.new_28, 0)::int as new_28,
              coalesce(x.n, 0)::int as expiring
         from units u
         left join totals t on t.unit_id = u.id
         left join recent n on n.unit_id = u.id
         left join expiring_by_unit x on x.unit_id = u.id
     )`;

export async function queryUnits(db: Queryable): Promise<UnitBreakdown> {
  const { asOf, asOfDate, launchDate } = await getCampaign(db);
  const date = asOfDate ?? launchDate;
  const rows = await db.query<PaceRow & {
    id: number; name: string; kind: UnitKind; kecamatan: string; asn_count: number; target: number;
    registered: number; active: number; last_registration: string | null;
  }>(
    `with ${await expiringByUnit(db, date)}, ${PER_UNIT}
     select u.id, u.name, u.kind, u.kecamatan, u.asn_count, (u.asn_count * (select workers_per_asn from campaign))::int as target,
            p.registered, p.active, p.last_registration::text as last_registration, p.new_7, p.new_14, p.new_28, p.expiring
       from units u
       join per_unit p on p.id = u.id
      order by u.name`,
    [date],
  );
  return {
    asOf,
    asOfDate,
    rows: rows.map((r) => ({
      id: r.id, name: r.name, kind: r.kind, kecamatan: r.kecamatan, asnCount: r.asn_count, target: r.target,
      registered: r.registered, active: r.active, progress: ratio(r.registered, r.target), lastRegistration: r.last_registration,
      ...pace(r),
    })),
  };
}

export async function queryKecamatan(db: Queryable): Promise<KecamatanBreakdown> {
  const { asOf, asOfDate, launchDate } = await getCampaign(db);
  const date = asOfDate ?? launchDate;
  const rows = await db.query<PaceRow & {
    name: string; unit_count: number; asn_count: number; target: number; registered: number; active: number; last_registration: string | null;
  }>(
    `with ${await expiringByUnit(db, date)}, ${PER_UNIT}
     select k.name, count(p.id)::int as unit_count,
            coalesce(sum(p.asn_count), 0)::int as asn_count,
            (coalesce(sum(p.asn_count), 0) * (select workers_per_asn from campaign))::int as target,
            coalesce(sum(p.registered), 0)::int as registered,
            coalesce(sum(p.active), 0)::int as active,
            max(p.last_registration)::text as last_registration,
            coalesce(sum(p.new_7), 0)::int as new_7,
            coalesce(sum(p.new_14), 0)::int as new_14,
            coalesce(sum(p.new_28), 0)::int as new_28,
            coalesce(sum(p.expiring), 0)::int as expiring
       from kecamatan k
       left join per_unit p on p.kecamatan = k.name
      where k.region_code = (select region_code from campaign)
      group by k.name
      order by k.name`,
    [date],
  );
  return {
    asOf,
    asOfDate,
    rows: rows.map((r) => ({
      name: r.name, unitCount: r.unit_count, asnCount: r.asn_count, target: r.target, registered: r.registered,
      active: r.active, progress: ratio(r.registered, r.target), lastRegistration: r.last_registration, ...pace(r),
    })),
  };
}

/** The occupation mix of the campaign, or of one unit's or kecamatan's workers (by the unit of their first registration). */
export async function queryOccupations(db: Queryable, query: Pick<ScopeQuery, 'unit' | 'kecamatan'> = {}): Promise<OccupationBreakdown> {
  const { asOf, asOfDate } = await getCampaign(db);
  const resolved = await resolveScope(db, query);
  const rows = await db.query<{ occupation: string; registered: number; active: number; total: number }>(
    `select occupation, sum(registered)::int as registered, sum(active)::int as active,
            (sum(sum(registered)) over ())::int as total
       from rollup_unit_occupations w where ${workersInScope('$1')} group by occupation
      order by 2 desc, occupation`,
    [resolved.unitIds],
  );
  return {
    asOf,
    asOfDate,
    scope: resolved.scope,
    rows: rows.map((r) => ({ occupation: r.occupation, registered: r.registered, active: r.active, share: ratio(r.registered, r.total) })),
  };
}
