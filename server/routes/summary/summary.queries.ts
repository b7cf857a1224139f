import type { Summary } from '../../../contract/summary';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';

export async function querySummary(db: Queryable): Promise<Summary> {
  const campaign = await getCampaign(db);
  const [counts] = await db.query<{ registered: number; active: number; new_this_week: number; new_last_week: number }>(
    `select coalesce(sum(registered), 0)::int as registered,
            coalesce(sum(active), 0)::int as active,
            coalesce(sum(registered) filter (where registered_on > $1::date - 7 and registered_on <= $1::date), 0)::int as new_this_week,
            coalesce(sum(registered) filter (where registered_on > $1::date - 14 and registered_on <= $1::date - 7), 0)::int as new_last_week
       from rollup_daily`,
    [campaign.asOfDate ?? campaign.launchDate],
  );
  const { registered, active } = counts!;
  return {
    region: campaign.region,
    registered,
    active,
    target: campaign.target,
    asnCount: campaign.asnCount,
    workersPerAsn: campaign.workersPerAsn,
    progress: campaign.target > 0 ? registered / campaign.target : 0,
    activeShare: registered > 0 ? active / registered : 0,
    monthlyContribution: campaign.monthlyContribution,
    monthlyContributionsTotal: active * campaign.monthlyContribution,
    newThisWeek: campaign.asOfDate ? counts!.new_this_week : 0,
    newLastWeek: campaign.asOfDate ? counts!.new_last_week : 0,
    launchDate: campaign.launchDate,
    deadline: campaign.deadline,
    asOf: campaign.asOf,
    asOfDate: campaign.asOfDate,
    isDemo: campaign.isDemo,
  };
}
