import type { ScopeQuery } from '../../../contract/breakdowns';
import type { Interval, Timeseries } from '../../../contract/timeseries';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';
import { queryScopeTarget, queryTargetSteps, resolveScope, workersInScope } from '../../campaign/scope';

const STEP: Record<Interval, string> = { day: '1 day', week: '7 days', month: '1 month' };

/**
 * Buckets start on the interval's first day (weeks on Monday); empty buckets are kept so lines do not skip.
 * With a unit or kecamatan, only the workers whose first registration was in that unit (or that kecamatan's units).
 */
export async function queryTimeseries(db: Queryable, interval: Interval, query: Pick<ScopeQuery, 'unit' | 'kecamatan'> = {}): Promise<Timeseries> {
  const campaign = await getCampaign(db);
  const resolved = await resolveScope(db, query);
  const stamp = {
    interval,
    scope: resolved.scope,
    target: resolved.unitIds === null ? campaign.target : await queryScopeTarget(db, resolved),
    targetSteps: await queryTargetSteps(db, resolved, campaign.launchDate),
    launchDate: campaign.launchDate,
    deadline: campaign.deadline,
    asOf: campaign.asOf,
    asOfDate: campaign.asOfDate,
  };
  if (!campaign.asOfDate) return { ...stamp, points: [] };
  const points = await db.query<{ date: string; new: number; cumulative: number }>(
    `with counts as (
       select date_trunc($1, registered_on::timestamp)::date as bucket, sum(registered)::int as n
         from ${resolved.unitIds === null ? 'rollup_daily' : 'rollup_unit_daily'} w
        where registered_on <= $3::date and ${resolved.unitIds === null ? '$5::int[] is null' : workersInScope('$5')} group by 1
     ),
     buckets as (
       select generate_series(
                date_trunc($1, least($2::date, coalesce((select min(bucket) from counts), $2::date))::timestamp),
                date_trunc($1, $3::timestamp),
                $4::interval)::date as bucket
     )
     select b.bucket::text as date,
            coalesce(c.n, 0)::int as new,
            (sum(coalesce(c.n, 0)) over (order by b.bucket))::int as cumulative
       from buckets b left join counts c using (bucket)
      order by b.bucket`,
    [interval, campaign.launchDate, campaign.asOfDate, STEP[interval], resolved.unitIds],
  );
  return { ...stamp, points };
}
