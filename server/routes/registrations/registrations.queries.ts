import type { Interval, Timeseries } from '../../../contract/timeseries';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';

const STEP: Record<Interval, string> = { day: '1 day', week: '7 days', month: '1 month' };

/** Buckets start on the interval's first day (weeks on Monday); empty buckets are kept so lines do not skip. */
export async function queryTimeseries(db: Queryable, interval: Interval): Promise<Timeseries> {
  const campaign = await getCampaign(db);
  const stamp = {
    interval,
    target: campaign.target,
    launchDate: campaign.launchDate,
    deadline: campaign.deadline,
    asOf: campaign.asOf,
    asOfDate: campaign.asOfDate,
  };
  if (!campaign.asOfDate) return { ...stamp, points: [] };
  const points = await db.query<{ date: string; new: number; cumulative: number }>(
    `with counts as (
       select date_trunc($1, registered_on::timestamp)::date as bucket, count(*)::int as n
         from workers where registered_on <= $3::date group by 1
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
    [interval, campaign.launchDate, campaign.asOfDate, STEP[interval]],
  );
  return { ...stamp, points };
}
