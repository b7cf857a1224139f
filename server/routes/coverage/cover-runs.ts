/**
 * Lasting coverage, defined once for every query that needs it (GET /coverage, the per-unit and
 * per-kecamatan expiringNext30Days). The in-memory oracle (mocks/data/reference-aggregates.ts) follows
 * the same definition day by day; the property tests hold the two together.
 *
 * A registration covers its worker from `registered_on` through its cover end:
 *   - `active_until`, the date it is paid up to, inclusive;
 *   - no `active_until` and status 'aktif': open-ended (still paid, end unknown);
 *   - no `active_until` and status 'tidak_aktif': no known paid-up period, so it never covers.
 * The status speaks for the data's date (asOfDate) and wins where the two disagree, so that "active now"
 * is the same number here as on every other endpoint: an 'aktif' registration covers at least through
 * asOfDate, a 'tidak_aktif' one at most through asOfDate - 1.
 *
 * A worker (one worker_key, counted once) is covered on day d when one of their registrations started on or
 * before d and covers d. Consecutive or overlapping registrations join into one run of cover, so a renewal
 * by a second registration the day after the first one ends is no lapse.
 *   - active at a date: covered on it;
 *   - lapse: a run of cover that ended, counted in the month of the first day without cover
 *     (active_until + 1), and only once that day is on or before asOfDate;
 *   - covered in a month: covered on at least one of its days up to asOfDate (what a contribution is paid for);
 *   - expiring in the next 30 days: covered on asOfDate, and without a further payment the current run's last
 *     covered day is asOfDate .. asOfDate + 30: cover paid through the 30th day ends within the window too, so
 *     monthly payers whose cover ends on the coming month's last day are counted on every day of the month.
 * Only registrations on or before asOfDate count. Ends after asOfDate + 31 are cut there: nothing looks further.
 */

/**
 * `cover_runs(worker_key, unit_id, first_on, s, e)`: each worker's maximal runs of cover, first and last covered
 * day, never touching each other, with the worker's unit and date of first registration (as in the `workers`
 * view, so no join to it is needed). `asOf` is the SQL placeholder holding asOfDate, e.g. `$1`.
 * Use as `with ${coverRunsCte('$1')} ...`. One sort of the registrations, by worker and date, does it all.
 * `only`, an SQL condition on the registrations (alias `r`), limits the runs to some workers (server/db/rollups.ts).
 */
export function coverRunsCte(asOf: string, only = 'true'): string {
  const d = `${asOf}::date`;
  // least() and greatest() skip nulls: a 'tidak_aktif' row without a date must stay null (never covers).
  return `cover_ends as (
       select r.worker_key, r.registration_no, r.unit_id, r.registered_on as s,
              case when r.status = 'aktif' then least(greatest(coalesce(r.active_until, ${d} + 31), ${d}), ${d} + 31)
                   when r.active_until is not null then least(r.active_until, ${d} - 1) end as e
         from registrations r
        where r.registered_on <= ${d} and (${only})
     ),
     cover_marked as (
       select worker_key, registration_no, s, e,
              first_value(unit_id) over w as unit_id,
              first_value(s) over w as first_on,
              -- A covering registration starts a new run unless an earlier one reaches the day before it.
              case when e is null then 0
                   when s <= max(e) over (w rows between unbounded preceding and 1 preceding) + 1 then 0
                   else 1 end as starts_run
         from (select worker_key, registration_no, unit_id, s, case when e >= s then e end as e from cover_ends) c
       window w as (partition by worker_key order by s, registration_no)
     ),
     cover_numbered as (
       select worker_key, unit_id, first_on, s, e,
              sum(starts_run) over (partition by worker_key order by s, registration_no rows unbounded preceding) as run
         from cover_marked
     ),
     cover_runs as (
       select worker_key, min(unit_id) as unit_id, min(first_on) as first_on, min(s) as s, max(e) as e
         from cover_numbered
        where e is not null
        group by worker_key, run
     )`;
}

/** SQL condition on cover_runs: the run holds on asOfDate and its last covered day is asOfDate .. asOfDate + 30. */
export function expiringRun(asOf: string): string {
  const d = `${asOf}::date`;
  return `s <= ${d} and e between ${d} and ${d} + 30`;
}

/** `expiring_by_unit(unit_id, n)`: workers covered on asOfDate whose last covered day is asOfDate .. asOfDate + 30. Needs cover_runs. */
export function expiringByUnitCte(asOf: string): string {
  return `expiring_by_unit as (
       select unit_id, count(*)::int as n from cover_runs where ${expiringRun(asOf)} group by unit_id
     )`;
}
