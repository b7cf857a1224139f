import type { Scope, ScopeQuery, UnitKind } from '../../contract/breakdowns';
import type { Queryable } from '../db/client';

/**
 * The drill-down scope of a time series or occupation mix: the whole campaign, one unit, or one kecamatan
 * (the units located there). A worker belongs to the unit of their first registration, as in the `workers` view.
 */
export interface ResolvedScope {
  scope: Scope;
  /** Ids of the units in scope; null for the whole campaign. */
  unitIds: number[] | null;
}

export class ScopeError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export async function resolveScope(db: Queryable, query: Pick<ScopeQuery, 'unit' | 'kecamatan'>): Promise<ResolvedScope> {
  if (query.unit !== undefined && query.kecamatan !== undefined) {
    throw new ScopeError(400, 'unit, kecamatan: pilih salah satu, unit atau kecamatan, tidak keduanya');
  }
  if (query.unit !== undefined) {
    const [unit] = await db.query<{ id: number; name: string; kind: UnitKind; kecamatan: string }>(
      'select id, name, kind, kecamatan from units where id = $1',
      [query.unit],
    );
    if (!unit) throw new ScopeError(404, `unit: unit #${query.unit} tidak ditemukan`);
    return { scope: { kind: 'unit', id: unit.id, name: unit.name, unitKind: unit.kind, kecamatan: unit.kecamatan }, unitIds: [unit.id] };
  }
  if (query.kecamatan !== undefined) {
    const [kec] = await db.query<{ name: string; unit_ids: number[] }>(
      `select k.name, coalesce((select array_agg(u.id order by u.id) from units u where u.kecamatan = k.name), '{}') as unit_ids
         from kecamatan k join campaign c on c.region_code = k.region_code
        where lower(k.name) = lower($1)`,
      [query.kecamatan],
    );
    if (!kec) throw new ScopeError(404, `kecamatan: kecamatan "${query.kecamatan}" tidak ditemukan`);
    return { scope: { kind: 'kecamatan', name: kec.name }, unitIds: kec.unit_ids.map(Number) };
  }
  return { scope: { kind: 'campaign' }, unitIds: null };
}

/** The scope's current target: the campaign's, or its units' ASN counts times the campaign's workers per ASN. */
export async function queryScopeTarget(db: Queryable, resolved: ResolvedScope): Promise<number> {
  const [row] = await db.query<{ target: number }>(
    resolved.unitIds === null
      ? 'select (asn_count * workers_per_asn)::int as target from campaign'
      : `select (coalesce((select sum(asn_count) from units where id = any($1::int[])), 0) * c.workers_per_asn)::int as target from campaign c`,
    resolved.unitIds === null ? [] : [resolved.unitIds],
  );
  return row?.target ?? 0;
}

/** The campaign's workers per ASN on date `d` (SQL, `d` a date expression). Before the first version: the value it replaced. */
const ratioAt = (d: string) => `coalesce(
  (select workers_per_asn from target_versions where unit_id is null and effective_from <= ${d} order by effective_from desc, id desc limit 1),
  (select coalesce(previous_workers_per_asn, workers_per_asn) from target_versions where unit_id is null order by effective_from, id limit 1),
  (select workers_per_asn from campaign))`;

/**
 * The scope's target over time from target_versions, oldest first, from the launch: a step at every change that
 * moves it (campaign versions for the ratio; for a unit or kecamatan its units' versions), equal neighbours merged.
 */
export async function queryTargetSteps(db: Queryable, resolved: ResolvedScope, launchDate: string): Promise<{ from: string; target: number }[]> {
  const campaignWide = resolved.unitIds === null;
  const steps = await db.query<{ from: string; target: number }>(
    `with dates as (
       select $1::date as d
       union
       select effective_from from target_versions
        where effective_from > $1::date and (unit_id is null or ${campaignWide ? 'false' : 'unit_id = any($2::int[])'})
     ),
     at_date as (
       select dates.d, ${
         campaignWide
           ? `coalesce(
                (select asn_count from target_versions where unit_id is null and effective_from <= dates.d order by effective_from desc, id desc limit 1),
                (select coalesce(previous_asn_count, asn_count) from target_versions where unit_id is null order by effective_from, id limit 1),
                (select asn_count from campaign))`
           : `(select coalesce(sum(coalesce(
                  (select v.asn_count from target_versions v where v.unit_id = u.id and v.effective_from <= dates.d order by v.effective_from desc, v.id desc limit 1),
                  (select coalesce(v.previous_asn_count, v.asn_count) from target_versions v where v.unit_id = u.id order by v.effective_from, v.id limit 1),
                  u.asn_count)), 0)
                from units u where u.id = any($2::int[]))`
       } * ${ratioAt('dates.d')} as target
         from dates
     ),
     changes as (
       select d, target, lag(target) over (order by d) as before from at_date
     )
     select d::text as "from", target::int as target from changes
      where before is null or before <> target
      order by d`,
    campaignWide ? [launchDate] : [launchDate, resolved.unitIds],
  );
  return steps;
}

/**
 * SQL condition on the rows (alias `w`) of the `workers` view or a per-unit rollup (`rollup_unit_daily`,
 * `rollup_unit_occupations`): `param` holds `unitIds` (null: the whole campaign).
 */
export function workersInScope(param: string): string {
  return `(${param}::int[] is null or w.unit_id = any(${param}::int[]))`;
}
