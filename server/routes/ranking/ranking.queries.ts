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
      select coalesce(sum(registered), 0)::int as registered, coalesce(sum(active), 0)::int as active
        from rollup_daily where registered_on <= $1::date
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
     -- Region codes are four digits: byte order ("C") is their order, and sorts faster.
     regs as (select code, name, kind from regions where code like $3 || '%'),
     -- The campaign's own count at each date: a running sum over its days, read at the dates (a date sorts after
     -- the day itself, so that day counts).
     own as (
       select d, total from (
         select x.d, x.is_date, sum(x.n) over (order by x.d, x.is_date rows unbounded preceding) as total
           from (select registered_on as d, 0 as is_date, registered as n from rollup_daily
                 union all select d, 1, 0 from dates) x
       ) running
        where is_date = 1
     ),
     -- Each region's latest recap on or before each date, in one pass: dates and recaps sorted together, and every
     -- date takes the values of the recap that opened its group (none: no recap yet).
     recap_grid as (
       select x.code, x.d, x.is_date, x.asn_count, x.registered,
              count(x.asn_count) over (partition by x.code collate "C" order by x.d, x.is_date rows unbounded preceding) as grp
         from (select rr.region_code as code, rr.as_of as d, 0 as is_date, rr.asn_count, rr.registered
                 from region_recaps rr where rr.region_code like $3 || '%' and rr.as_of <= $2::date
               union all
               select r.code, dt.d, 1, null, null from regs r cross join dates dt) x
     ),
     recap_at as (
       select code, d, is_date, first_value(asn_count) over w as asn_count, first_value(registered) over w as registered
         from recap_grid
       window w as (partition by code collate "C", grp order by d, is_date)
     ),
     figures as (
       select a.d, r.code, r.name, r.kind, (r.code = c.region_code) as is_campaign,
              case when r.code = c.region_code then c.asn_count else coalesce(a.asn_count, 0) end as asn_count,
              case when r.code = c.region_code then coalesce(o.total, 0)::int else coalesce(a.registered, 0) end as registered
         from recap_at a
         join regs r on r.code = a.code
         cross join (select region_code, asn_count from campaign) c
         left join own o on o.d = a.d
        where a.is_date = 1
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
