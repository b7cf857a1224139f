import type { Coverage, CoverageMonth, RetentionCohort } from '../../../contract/coverage';
import { addDays } from '../../../contract/dates';
import type { Queryable } from '../../db/client';
import { getCampaign } from '../../campaign/get-campaign';
import { coverRunsCte, expiringByUnitCte } from './cover-runs';

/**
 * Lasting coverage over the campaign; what "covered", "lapse" and "expiring" mean is in ./cover-runs.ts. Months run
 * from the launch month (or the month of an earlier first registration, as the time series does) to the asOfDate
 * month; the asOfDate month is counted up to asOfDate. Counts move by events on a month grid (a run starts, a run
 * ends) rather than by testing every day. When no registration is dated after asOfDate (the data date of a load is
 * never before its rows), read from the rollups (migrations 0007 and 0009, server/db/rollups.ts); otherwise worked
 * out from the registrations. Both give the same answer.
 */
export async function queryCoverage(db: Queryable): Promise<Coverage> {
  return coverage(db, 'rollups');
}

/** queryCoverage always worked out from the registrations, as before the rollups: the reference of the tests. */
export async function queryCoverageFromRegistrations(db: Queryable): Promise<Coverage> {
  return coverage(db, 'registrations');
}

async function coverage(db: Queryable, source: 'rollups' | 'registrations'): Promise<Coverage> {
  const campaign = await getCampaign(db);
  const stamp = { asOf: campaign.asOf, asOfDate: campaign.asOfDate, monthlyContribution: campaign.monthlyContribution };
  const window = (asOfDate: string) => ({ windowDays: 30 as const, from: addDays(asOfDate, 1), to: addDays(asOfDate, 30) });
  if (!campaign.asOfDate) return { ...stamp, months: [], cohorts: [], expiring: { ...window(campaign.launchDate), total: 0, units: [] } };
  const params = [campaign.asOfDate, campaign.launchDate, campaign.monthlyContribution];
  let rolled = false;
  if (source === 'rollups') {
    const [check] = await db.query<{ rolled: boolean }>(
      'select coalesce((select max(registered_on) from registrations) <= $1::date, true) as rolled',
      [campaign.asOfDate],
    );
    rolled = check?.rolled === true;
  }
  const [row] = await db.query<{ months: CoverageMonth[]; cohorts: RetentionCohort[]; expiring: ExpiringUnit[] }>(
    rolled ? COVERAGE_ROLLED_SQL : COVERAGE_SQL,
    params,
  );
  const { months, cohorts, expiring } = row!;
  return { ...stamp, months, cohorts, expiring: { ...window(campaign.asOfDate), total: expiring.reduce((sum, u) => sum + u.count, 0), units: expiring } };
}

type ExpiringUnit = Coverage['expiring']['units'][number];

const month = (expr: string) => `date_trunc('month', (${expr})::timestamp)::date`;
const nextMonth = (expr: string) => `(date_trunc('month', (${expr})::timestamp) + interval '1 month')::date`;

/** $1 asOfDate, $2 launch date, $3 monthly contribution. One statement, so the runs of cover are worked out once. */
/** Both queries end alike: each cohort's size (`sizes`) and monthly moves (`cohort_moves`) become its retention curve. */
const COHORT_RETENTION = `cohort_grid as (
    select z.cohort, z.size, g.month::date as month
      from sizes z
      cross join lateral generate_series(z.cohort::timestamp, date_trunc('month', $1::timestamp), interval '1 month') as g(month)
  ),
  retention as (
    select g.cohort, g.size, g.month, sum(coalesce(m.d, 0)) over (partition by g.cohort order by g.month) as retained
      from cohort_grid g left join cohort_moves m on m.cohort = g.cohort and m.month = g.month
  ),
  cohorts as (
    select cohort, size, json_agg(retained::int order by month) as retained from retention group by cohort, size
  )`;

/** Both queries answer alike: months, cohorts and expiring units as JSON, from CTEs of those names. */
const COVERAGE_ANSWER = `select
    (select coalesce(json_agg(json_build_object(
              'month', month::text, 'registered', registered::int, 'active', active::int, 'newRegistrations', new::int,
              'lapses', lapses::int, 'contributions', contributions::bigint) order by month), '[]'::json)
       from months) as months,
    (select coalesce(json_agg(json_build_object('month', cohort::text, 'size', size::int, 'retained', retained) order by cohort), '[]'::json)
       from cohorts) as cohorts,
    (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'kind', u.kind, 'kecamatan', u.kecamatan, 'count', x.n)
                              order by x.n desc, u.name collate "C"), '[]'::json)
       from expiring_by_unit x join units u on u.id = x.unit_id) as expiring`;

const COVERAGE_SQL = `
  with ${coverRunsCte('$1')}, ${expiringByUnitCte('$1')},
  counted as (select registered_on, registered as n from rollup_daily where registered_on <= $1::date),
  grid as (
    select generate_series(${month('least($2::date, coalesce((select min(registered_on) from counted), $2::date))')},
                           ${month('$1::date')}, interval '1 month')::date as month
  ),
  -- Per month: new workers; covered at its end (+1 where a run starts, -1 on its first day without cover);
  -- covered on some day of it (a run spans the months from its start to its last day up to asOfDate, and a
  -- worker whose next run starts in the month the previous one ended is taken back once).
  spans as (
    select worker_key, s, e, least(e, $1::date) as last_day,
           lag(e) over (partition by worker_key order by s) as previous_e
      from cover_runs
  ),
  moves as (
    select month, sum(new) as new, sum(active) as active, sum(paid) as paid
      from (select ${month('registered_on')} as month, n as new, 0 as active, 0 as paid from counted
            union all select ${month('s')}, 0, 1, 1 from spans
            union all select ${month('e + 1')}, 0, -1, 0 from spans where e + 1 <= $1::date
            union all select ${nextMonth('last_day')}, 0, 0, -1 from spans
            union all select ${month('s')}, 0, 0, -1 from spans where ${month('previous_e')} = ${month('s')}
            union all select ${nextMonth('s')}, 0, 0, 1 from spans where ${month('previous_e')} = ${month('s')}) m
     group by month
  ),
  lapses as (
    select ${month('e + 1')} as month, count(distinct worker_key) as n from cover_runs where e + 1 <= $1::date group by 1
  ),
  months as (
    select g.month,
           sum(coalesce(m.new, 0)) over w as registered,
           sum(coalesce(m.active, 0)) over w as active,
           coalesce(m.new, 0) as new,
           coalesce(l.n, 0) as lapses,
           sum(coalesce(m.paid, 0)) over w * $3::int as contributions
      from grid g
      left join moves m on m.month = g.month
      left join lapses l on l.month = g.month
    window w as (order by g.month)
  ),
  -- Retention: each cohort (month of first registration) on its own month grid up to asOfDate. Runs never
  -- start before their worker's first registration, so every move falls inside the cohort's triangle.
  sizes as (select ${month('registered_on')} as cohort, sum(n) as size from counted group by 1),
  cohort_moves as (
    select cohort, month, sum(d) as d
      from (select ${month('first_on')} as cohort, ${month('s')} as month, 1 as d from cover_runs
            union all
            select ${month('first_on')}, ${month('e + 1')}, -1 from cover_runs where e + 1 <= $1::date) m
     group by cohort, month
  ),
  ${COHORT_RETENTION}
  ${COVERAGE_ANSWER}`;


/**
 * COVERAGE_SQL from the rollups, for an asOfDate $1 on or after every registration. worker_cover_runs and the moves
 * in rollup_cover_days (migration 0009) hold the runs of cover as they are on every day before $1; on $1 itself a
 * run without an 'aktif' registration that reaches $1 (b >= $1, few rows, by index) does not cover: it ends on $1 - 1
 * (one more lapse in the month of $1, unless the worker lapsed earlier in it; not covered in that month when $1 is
 * its first day) or, when it starts on $1, never starts. Expiring from rollup_unit_cover as in breakdowns.queries.ts.
 */
const COVERAGE_ROLLED_SQL = `
  with counted as (select registered_on, registered as n from rollup_daily where registered_on <= $1::date),
  grid as (
    select generate_series(${month('least($2::date, coalesce((select min(registered_on) from counted), $2::date))')},
                           ${month('$1::date')}, interval '1 month')::date as month
  ),
  moved as (
    select ${month('day')} as month, cohort, starts - ends as active, paid, lapses from rollup_cover_days where day <= $1::date
    union all
    select ${month('$1::date')}, ${month('first_on')}, -1,
           case when a < $1::date then (case when extract(day from $1::date) = 1 then -1 else 0 end)
                when ${month('prev_b')} = ${month('a')} then 0 else -1 end,
           case when a < $1::date and ${month('prev_b + 1')} is distinct from ${month('$1::date')} then 1 else 0 end
      from worker_cover_runs where b >= $1::date
  ),
  moves as (
    select month, sum(new) as new, sum(active) as active, sum(paid) as paid, sum(lapses) as lapses
      from (select ${month('registered_on')} as month, n as new, 0 as active, 0 as paid, 0 as lapses from counted
            union all select month, 0, active, paid, lapses from moved) m
     group by month
  ),
  months as (
    select g.month,
           sum(coalesce(m.new, 0)) over w as registered,
           sum(coalesce(m.active, 0)) over w as active,
           coalesce(m.new, 0) as new,
           coalesce(m.lapses, 0) as lapses,
           sum(coalesce(m.paid, 0)) over w * $3::int as contributions
      from grid g
      left join moves m on m.month = g.month
    window w as (order by g.month)
  ),
  sizes as (select ${month('registered_on')} as cohort, sum(n) as size from counted group by 1),
  cohort_moves as (select cohort, month, sum(active) as d from moved group by cohort, month),
  ${COHORT_RETENTION},
  expiring_by_unit as (
    select unit_id, sum(n)::int as n
      from (select unit_id, n from rollup_unit_cover_months where month < date_trunc('month', $1::date + 30)
            union all
            select unit_id, n from rollup_unit_cover
             where cover_until >= date_trunc('month', $1::date + 30) and cover_until <= $1::date + 30) c
     group by unit_id
  )
  ${COVERAGE_ANSWER}`;
