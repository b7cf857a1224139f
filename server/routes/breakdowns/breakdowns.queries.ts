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
 * registration, as everywhere.
 */
const PACE_COLUMNS = `count(w.worker_key) filter (where w.registered_on > $1::date - 7 and w.registered_on <= $1::date)::int as new_7,
              count(w.worker_key) filter (where w.registered_on > $1::date - 14 and w.registered_on <= $1::date)::int as new_14,
              count(w.worker_key) filter (where w.registered_on > $1::date - 28 and w.registered_on <= $1::date)::int as new_28,
              coalesce(max(x.n), 0)::int as expiring`;

interface PaceRow { new_7: number; new_14: number; new_28: number; expiring: number }

const pace = (r: PaceRow) => ({ newLast7Days: r.new_7, newLast14Days: r.new_14, newLast28Days: r.new_28, expiringNext30Days: r.expiring });

export async function queryUnits(db: Queryable): Promise<UnitBreakdown> {
  const { asOf, asOfDate, launchDate } = await getCampaign(db);
  const rows = await db.query<PaceRow & {
    id: number; name: string; kind: UnitKind; kecamatan: string; asn_count: number; target: number;
    registered: number; active: number; last_registration: string | null;
  }>(
    `with ${coverRunsCte('$1')}, ${expiringByUnitCte('$1')}
     select u.id, u.name, u.kind, u.kecamatan, u.asn_count, (u.asn_count * c.workers_per_asn)::int as target,
            count(w.worker_key)::int as registered,
            count(w.worker_key) filter (where w.active)::int as active,
            max(w.registered_on)::text as last_registration,
            ${PACE_COLUMNS}
       from units u
       cross join campaign c
       left join workers w on w.unit_id = u.id
       left join expiring_by_unit x on x.unit_id = u.id
      group by u.id, c.workers_per_asn
      order by u.name`,
    [asOfDate ?? launchDate],
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
  const rows = await db.query<PaceRow & {
    name: string; unit_count: number; asn_count: number; target: number; registered: number; active: number; last_registration: string | null;
  }>(
    `with ${coverRunsCte('$1')}, ${expiringByUnitCte('$1')},
     per_unit as (
       select u.id, u.kecamatan, u.asn_count,
              count(w.worker_key)::int as registered,
              count(w.worker_key) filter (where w.active)::int as active,
              max(w.registered_on) as last_registration,
              ${PACE_COLUMNS}
         from units u left join workers w on w.unit_id = u.id
         left join expiring_by_unit x on x.unit_id = u.id
        group by u.id
     )
     select k.name, count(p.id)::int as unit_count,
            coalesce(sum(p.asn_count), 0)::int as asn_count,
            (coalesce(sum(p.asn_count), 0) * c.workers_per_asn)::int as target,
            coalesce(sum(p.registered), 0)::int as registered,
            coalesce(sum(p.active), 0)::int as active,
            max(p.last_registration)::text as last_registration,
            coalesce(sum(p.new_7), 0)::int as new_7,
            coalesce(sum(p.new_14), 0)::int as new_14,
            coalesce(sum(p.new_28), 0)::int as new_28,
            coalesce(sum(p.expiring), 0)::int as expiring
       from kecamatan k
       cross join campaign c
       left join per_unit p on p.kecamatan = k.name
      where k.region_code = c.region_code
      group by k.name, c.workers_per_asn
      order by k.name`,
    [asOfDate ?? launchDate],
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
    `select occupation, count(*)::int as registered, count(*) filter (where active)::int as active,
            (sum(count(*)) over ())::int as total
       from workers w where ${workersInScope('$1')} group by occupation
      order by registered desc, occupation`,
    [resolved.unitIds],
  );
  return {
    asOf,
    asOfDate,
    scope: resolved.scope,
    rows: rows.map((r) => ({ occupation: r.occupation, registered: r.registered, active: r.active, share: ratio(r.registered, r.total) })),
  };
}
