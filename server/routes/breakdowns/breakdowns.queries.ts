import type { KecamatanBreakdown, OccupationBreakdown, UnitBreakdown, UnitKind } from '../../../contract/breakdowns';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export async function queryUnits(db: Queryable): Promise<UnitBreakdown> {
  const { asOf, asOfDate } = await getCampaign(db);
  const rows = await db.query<{
    id: number; name: string; kind: UnitKind; kecamatan: string; asn_count: number; target: number;
    registered: number; active: number; last_registration: string | null;
  }>(
    `select u.id, u.name, u.kind, u.kecamatan, u.asn_count, (u.asn_count * c.workers_per_asn)::int as target,
            count(w.worker_key)::int as registered,
            count(w.worker_key) filter (where w.active)::int as active,
            max(w.registered_on)::text as last_registration
       from units u
       cross join campaign c
       left join workers w on w.unit_id = u.id
      group by u.id, c.workers_per_asn
      order by u.name`,
  );
  return {
    asOf,
    asOfDate,
    rows: rows.map((r) => ({
      id: r.id, name: r.name, kind: r.kind, kecamatan: r.kecamatan, asnCount: r.asn_count, target: r.target,
      registered: r.registered, active: r.active, progress: ratio(r.registered, r.target), lastRegistration: r.last_registration,
    })),
  };
}

export async function queryKecamatan(db: Queryable): Promise<KecamatanBreakdown> {
  const { asOf, asOfDate } = await getCampaign(db);
  const rows = await db.query<{
    name: string; unit_count: number; asn_count: number; target: number; registered: number; active: number; last_registration: string | null;
  }>(
    `with per_unit as (
       select u.id, u.kecamatan, u.asn_count,
              count(w.worker_key)::int as registered,
              count(w.worker_key) filter (where w.active)::int as active,
              max(w.registered_on) as last_registration
         from units u left join workers w on w.unit_id = u.id
        group by u.id
     )
     select k.name, count(p.id)::int as unit_count,
            coalesce(sum(p.asn_count), 0)::int as asn_count,
            (coalesce(sum(p.asn_count), 0) * c.workers_per_asn)::int as target,
            coalesce(sum(p.registered), 0)::int as registered,
            coalesce(sum(p.active), 0)::int as active,
            max(p.last_registration)::text as last_registration
       from kecamatan k
       cross join campaign c
       left join per_unit p on p.kecamatan = k.name
      where k.region_code = c.region_code
      group by k.name, c.workers_per_asn
      order by k.name`,
  );
  return {
    asOf,
    asOfDate,
    rows: rows.map((r) => ({
      name: r.name, unitCount: r.unit_count, asnCount: r.asn_count, target: r.target, registered: r.registered,
      active: r.active, progress: ratio(r.registered, r.target), lastRegistration: r.last_registration,
    })),
  };
}

export async function queryOccupations(db: Queryable): Promise<OccupationBreakdown> {
  const { asOf, asOfDate } = await getCampaign(db);
  const rows = await db.query<{ occupation: string; registered: number; active: number; total: number }>(
    `select occupation, count(*)::int as registered, count(*) filter (where active)::int as active,
            (sum(count(*)) over ())::int as total
       from workers group by occupation
      order by registered desc, occupation`,
  );
  return {
    asOf,
    asOfDate,
    rows: rows.map((r) => ({ occupation: r.occupation, registered: r.registered, active: r.active, share: ratio(r.registered, r.total) })),
  };
}
