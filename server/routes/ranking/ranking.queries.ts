import type { RegionKind } from '../../../contract/common';
import type { Ranking, RankingHistory, RankingMetric } from '../../../contract/ranking';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';
import { PROVINCE } from '../../domain/geography';

/**
 * Each region's figures at a date: the latest provincial recap on or before it, except the campaign's
 * own region, which is counted from its records so that the ranking and the headline always agree.
 * Ties share a rank (competition ranking); within a tie, regions are listed by code.
 */
const REGION_FIGURES_AT = `
  select r.code, r.name, r.kind, (r.code = c.region_code) as is_campaign,
         case when r.code = c.region_code then c.asn_count else coalesce(l.asn_count, 0) end as asn_count,
         case when r.code = c.region_code then own.registered else coalesce(l.registered, 0) end as registered,
         case when r.code = c.region_code then own.active else coalesce(l.active, 0) end as active,
         case when r.code = c.region_code then $1::date else l.as_of end as as_of
    from regions r
    cross join campaign c
    cross join lateral (
      select count(*)::int as registered, count(*) filter (where active)::int as active
        from workers where registered_on <= $1::date
    ) own
    left join lateral (
      select rr.asn_count, rr.registered, rr.active, rr.as_of from region_recaps rr
       where rr.region_code = r.code and rr.as_of <= $1::date
       order by rr.as_of desc limit 1
    ) l on true
   where r.code like $2 || '%'`;

function orderBy(metric: RankingMetric): string {
  return metric === 'count'
    ? 'registered desc'
    : 'case when asn_count > 0 then registered::float8 / asn_count else 0 end desc';
}

/** The ranking speaks for the newest date any data speaks for: the campaign's own records or the provincial recap. */
async function rankingDate(db: Queryable, asOfDate: string | null): Promise<string | null> {
  const [row] = await db.query<{ d: string | null }>(
    `select greatest($1::date, (select max(as_of) from region_recaps))::text as d`,
    [asOfDate],
  );
  return row?.d ?? null;
}

export async function queryRanking(db: Queryable, metric: RankingMetric): Promise<Ranking> {
  const campaign = await getCampaign(db);
  const asOfDate = await rankingDate(db, campaign.asOfDate);
  const date = asOfDate ?? campaign.launchDate;
  const rows = await db.query<{
    code: string; name: string; kind: RegionKind; is_campaign: boolean; asn_count: number; registered: number;
    active: number; as_of: string | null; rank: number;
  }>(
    `with figures as (${REGION_FIGURES_AT})
     select code, name, kind, is_campaign, asn_count, registered, active, as_of::text as as_of,
            (rank() over (order by ${orderBy(metric)}))::int as rank
       from figures
      order by rank, code`,
    [date, PROVINCE.code],
  );
  return {
    metric,
    asOfDate,
    provinceName: PROVINCE.name,
    rows: rows.map((r) => ({
      code: r.code, name: r.name, kind: r.kind, rank: r.rank, asnCount: r.asn_count, registered: r.registered,
      active: r.active, coverage: r.asn_count > 0 ? r.registered / r.asn_count : 0, asOfDate: r.as_of,
      isCampaignRegion: r.is_campaign,
    })),
  };
}

export async function queryRankingHistory(db: Queryable, metric: RankingMetric): Promise<RankingHistory> {
  const campaign = await getCampaign(db);
  const asOfDate = await rankingDate(db, campaign.asOfDate);
  if (!asOfDate) return { metric, dates: [], series: [] };
  const rows = await db.query<{
    date: string; code: string; name: string; kind: RegionKind; is_campaign: boolean; registered: number; asn_count: number; rank: number;
  }>(
    `with dates as (
       select d::date as d
         from generate_series(date_trunc('week', $1::timestamp), $2::timestamp, interval '7 days') d
       union
       select $2::date
     ),
     own_daily as (
       select registered_on as d, count(*)::int as n from workers group by registered_on
     ),
     figures as (
       select dt.d, r.code, r.name, r.kind, (r.code = c.region_code) as is_campaign,
              case when r.code = c.region_code then c.asn_count else coalesce(l.asn_count, 0) end as asn_count,
              case when r.code = c.region_code
                   then (select coalesce(sum(n), 0)::int from own_daily o where o.d <= dt.d)
                   else coalesce(l.registered, 0) end as registered
         from dates dt
         cross join regions r
         cross join campaign c
         left join lateral (
           select rr.asn_count, rr.registered from region_recaps rr
            where rr.region_code = r.code and rr.as_of <= dt.d
            order by rr.as_of desc limit 1
         ) l on true
        where r.code like $3 || '%'
     )
     select d::text as date, code, name, kind, is_campaign, registered, asn_count,
            (rank() over (partition by d order by ${orderBy(metric)}))::int as rank
       from figures
      order by code, d`,
    [campaign.launchDate, asOfDate, PROVINCE.code],
  );
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const series = new Map<string, RankingHistory['series'][number]>();
  for (const r of rows) {
    let s = series.get(r.code);
    if (!s) {
      s = { code: r.code, name: r.name, kind: r.kind, isCampaignRegion: r.is_campaign, ranks: [], values: [] };
      series.set(r.code, s);
    }
    s.ranks.push(r.rank);
    s.values.push(metric === 'count' ? r.registered : r.asn_count > 0 ? r.registered / r.asn_count : 0);
  }
  return { metric, dates, series: [...series.values()] };
}
