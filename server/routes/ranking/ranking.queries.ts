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
/** The ranking's date from the campaign's data date ($1): the later of it and the newest recap. */
const RANKING_DATE = `greatest($1::date, (select max(as_of) from region_recaps))`;

async function rankingDate(db: Queryable, asOfDate: string | null): Promise<string | null> {
  const [row] = await db.query<{ d: string | null }>(`select ${RANKING_DATE}::text as d`, [asOfDate]);
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

/**
 * Everything the rank history reads, in one statement and one JSON text: the date it speaks for (as
 * `rankingDate`), the regions, each region's recaps up to that date as parallel arrays, and the campaign's
 * registrations per day (its region and ASN count come with `getCampaign`). Read as rows, the recaps alone (~5,400
 * at 1M records, one per region per week) took ~40 ms on PGlite, each row decoded in JavaScript and copied from
 * the worker thread, and six reads queued one after another there; this statement takes ~10 ms, and less on
 * PostgreSQL too.
 */
const HISTORY_READS = `
  with day as (select ${RANKING_DATE} as d)
  select day.d::text as d,
         json_build_object(
           'regions', (select coalesce(json_agg(json_build_array(code, name, kind) order by code collate "C"), '[]')
                         from regions where code like $2 || '%'),
           'recaps', (select coalesce(json_agg(json_build_array(code, dates, asn, registered)), '[]')
                        from (select region_code as code, array_agg(as_of::text order by as_of) as dates,
                                     array_agg(asn_count order by as_of) as asn, array_agg(registered order by as_of) as registered
                                from region_recaps
                               where region_code like $2 || '%' and as_of <= day.d
                               group by region_code) r),
           'own', (select json_build_array(coalesce(array_agg(registered_on::text order by registered_on), '{}'),
                                           coalesce(array_agg(registered order by registered_on), '{}'))
                     from rollup_daily where registered_on <= day.d)
         )::text as facts
    from day`;

interface HistoryFacts {
  regions: [code: string, name: string, kind: RegionKind][];
  /** Per region: its recap dates in order, with the ASN count and workers registered at each. */
  recaps: [code: string, dates: string[], asn: number[], registered: number[]][];
  /** The campaign's days in order, with the workers first registered on each. */
  own: [days: string[], registered: number[]];
}

export async function queryRankingHistory(db: Queryable, metric: RankingMetric): Promise<RankingHistory> {
  const campaign = await getCampaign(db);
  const [row] = await db.query<{ d: string | null; facts: string }>(HISTORY_READS, [campaign.asOfDate, PROVINCE.code]);
  const asOfDate = row?.d ?? null;
  if (!row || !asOfDate) return { metric, dates: [], series: [] };
  // The weekly grid in memory: a few thousand cells, where the same grid built with window functions in SQL
  // took ~45 ms whatever the number of records.
  const facts = JSON.parse(row.facts) as HistoryFacts;
  const dates = weeklyDates(campaign.launchDate, asOfDate);
  // The campaign's own count at each date: a running sum over its days up to and including the date.
  const [ownDays, ownRegistered] = facts.own;
  const ownAt: number[] = [];
  let total = 0;
  let day = 0;
  for (const d of dates) {
    while (day < ownDays.length && ownDays[day]! <= d) total += ownRegistered[day++]!;
    ownAt.push(total);
  }
  const recapsByRegion = new Map(facts.recaps.map(([code, recapDates, asn, registered]) => [code, { dates: recapDates, asn, registered }]));
  // Each region's figures at each date: its latest recap on or before it (none: zero), or, for the campaign's
  // own region, its records.
  const figures = facts.regions.map(([code, name, kind]) => {
    const isCampaign = code === campaign.region.code;
    const recaps = recapsByRegion.get(code) ?? { dates: [], asn: [], registered: [] };
    let next = 0;
    const registered: number[] = [];
    const asn: number[] = [];
    dates.forEach((d, i) => {
      while (next < recaps.dates.length && recaps.dates[next]! <= d) next++;
      const latest = next - 1;
      registered.push(isCampaign ? ownAt[i]! : latest >= 0 ? recaps.registered[latest]! : 0);
      asn.push(isCampaign ? campaign.asnCount : latest >= 0 ? recaps.asn[latest]! : 0);
    });
    return { code, name, kind, isCampaign, registered, asn };
  });
  const value = (f: (typeof figures)[number], i: number) =>
    metric === 'count' ? f.registered[i]! : f.asn[i]! > 0 ? f.registered[i]! / f.asn[i]! : 0;
  // Competition ranking per date: one more than the number of regions strictly ahead.
  const ranks = figures.map(() => [] as number[]);
  dates.forEach((_, i) => {
    const values = figures.map((f) => value(f, i));
    values.forEach((v, k) => ranks[k]!.push(1 + values.filter((other) => other > v).length));
  });
  return {
    metric,
    dates,
    series: figures.map((f, k) => ({
      code: f.code, name: f.name, kind: f.kind, isCampaignRegion: f.isCampaign, ranks: ranks[k]!,
      values: dates.map((_, i) => value(f, i)),
    })),
  };
}

/** Mondays from the launch's week up to `last`, and `last` itself: the dates of the rank history. */
function weeklyDates(launch: string, last: string): string[] {
  const day = 86_400_000;
  const start = new Date(`${launch}T00:00:00Z`);
  const monday = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * day);
  const end = new Date(`${last}T00:00:00Z`).getTime();
  const dates: string[] = [];
  for (let t = monday.getTime(); t <= end; t += 7 * day) dates.push(new Date(t).toISOString().slice(0, 10));
  if (dates.at(-1) !== last) dates.push(last);
  return dates;
}
