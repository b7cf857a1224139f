/**
 * Lasting coverage the slow, obvious way: for every worker, every day from their first registration to
 * asOfDate + 31 is marked covered or not, straight from the definition, and the figures are read off those
 * days. The SQL (server/routes/coverage/cover-runs.ts) works with runs and month events instead; the property
 * tests hold the two together. Keep this naive: it is the definition, not an optimisation.
 *
 * A registration covers its worker from its date through its paid-up date (active_until), or open-ended when
 * it is 'aktif' without one; 'tidak_aktif' without one never covers. The status speaks for asOfDate and wins
 * where the two disagree: 'aktif' covers at least through asOfDate, 'tidak_aktif' at most through the day before.
 * Registrations after asOfDate do not count.
 */
import type { UnitKind } from '../../contract/breakdowns';
import type { Coverage, CoverageMonth, RetentionCohort } from '../../contract/coverage';
import { addDays, addMonths, endOfMonth, startOfMonth, toDayNumber } from '../../contract/dates';

export interface CoverageRegistration {
  registrationNo: string;
  registeredOn: string;
  workerNik: string;
  unitName: string;
  status: 'aktif' | 'tidak_aktif';
  activeUntil: string | null;
}

export interface CoverageInput {
  registrations: readonly CoverageRegistration[];
  units: readonly { name: string; kind: UnitKind; kecamatan: string }[];
  launchDate: string;
  monthlyContribution: number;
  asOf: string | null;
  asOfDate: string | null;
}

/** The last day a registration covers, as a day number: null when it never covers, Infinity when open-ended. */
export function lastCoveredDay(r: Pick<CoverageRegistration, 'status' | 'activeUntil'>, asOfDate: string): number | null {
  const asOf = toDayNumber(asOfDate);
  if (r.status === 'aktif') return r.activeUntil === null ? Infinity : Math.max(toDayNumber(r.activeUntil), asOf);
  return r.activeUntil === null ? null : Math.min(toDayNumber(r.activeUntil), asOf - 1);
}

interface CoveredWorker {
  registeredOn: string;
  registeredMonth: string;
  unitName: string;
  /** covered[i]: covered on day `first + i`, for every day from the first registration to asOfDate + 31. */
  first: number;
  covered: Uint8Array;
}

export function createReferenceCoverage(input: CoverageInput) {
  const units = new Map(input.units.map((u, i) => [u.name, { ...u, id: i + 1 }]));

  let memo: { asOfDate: string; workers: CoveredWorker[] } | null = null;
  function workersAsOf(asOfDate: string): CoveredWorker[] {
    if (memo?.asOfDate !== asOfDate) memo = { asOfDate, workers: computeWorkers(asOfDate) };
    return memo.workers;
  }

  function computeWorkers(asOfDate: string): CoveredWorker[] {
    const asOf = toDayNumber(asOfDate);
    const byNik = new Map<string, CoverageRegistration[]>();
    for (const r of input.registrations) {
      if (r.registeredOn > asOfDate) continue;
      byNik.set(r.workerNik, [...(byNik.get(r.workerNik) ?? []), r]);
    }
    return [...byNik.values()].map((rows) => {
      const firstRow = rows.reduce((a, b) => (b.registeredOn < a.registeredOn || (b.registeredOn === a.registeredOn && b.registrationNo < a.registrationNo) ? b : a));
      const first = toDayNumber(firstRow.registeredOn);
      const spans = rows.map((r) => ({ from: toDayNumber(r.registeredOn), last: lastCoveredDay(r, asOfDate) }));
      const covered = new Uint8Array(asOf + 31 - first + 1);
      for (const span of spans) {
        if (span.last === null) continue;
        for (let day = span.from; day <= Math.min(span.last, asOf + 31); day++) covered[day - first] = 1;
      }
      return { registeredOn: firstRow.registeredOn, registeredMonth: startOfMonth(firstRow.registeredOn), unitName: firstRow.unitName, first, covered };
    });
  }

  const coveredOn = (w: CoveredWorker, day: number) => day >= w.first && w.covered[day - w.first] === 1;

  /** Covered on asOfDate, and the cover ends by asOfDate + 30: some day up to asOfDate + 31 is not covered. */
  function isExpiring(w: CoveredWorker, asOf: number) {
    if (!coveredOn(w, asOf)) return false;
    for (let day = asOf + 1; day <= asOf + 31; day++) if (!coveredOn(w, day)) return true;
    return false;
  }

  /** Workers whose cover runs out in the 30 days after asOfDate, per unit name (the unit of their first registration). */
  function expiringByUnit(): Map<string, number> {
    const counts = new Map<string, number>();
    if (!input.asOfDate) return counts;
    const asOf = toDayNumber(input.asOfDate);
    for (const w of workersAsOf(input.asOfDate)) {
      if (isExpiring(w, asOf)) counts.set(w.unitName, (counts.get(w.unitName) ?? 0) + 1);
    }
    return counts;
  }

  function coverage(): Coverage {
    const stamp = { asOf: input.asOf, asOfDate: input.asOfDate, monthlyContribution: input.monthlyContribution };
    const reference = input.asOfDate ?? input.launchDate;
    const byUnit = expiringByUnit();
    const expiringUnits = [...byUnit.entries()]
      .map(([name, count]) => {
        const u = units.get(name)!;
        return { id: u.id, name, kind: u.kind, kecamatan: u.kecamatan, count };
      })
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    const expiring = {
      windowDays: 30 as const,
      from: addDays(reference, 1),
      to: addDays(reference, 30),
      total: expiringUnits.reduce((sum, u) => sum + u.count, 0),
      units: expiringUnits,
    };
    if (!input.asOfDate) return { ...stamp, months: [], cohorts: [], expiring };

    const asOfDate = input.asOfDate;
    const asOf = toDayNumber(asOfDate);
    const workers = workersAsOf(asOfDate);
    /** The month's last day, or asOfDate in its own month. */
    const monthEnd = (m: string) => Math.min(toDayNumber(endOfMonth(m)), asOf);

    const firstMonth = startOfMonth(workers.reduce((min, w) => (w.registeredOn < min ? w.registeredOn : min), input.launchDate));
    const months: CoverageMonth[] = [];
    for (let m = firstMonth; m <= asOfDate; m = addMonths(m, 1)) {
      const from = toDayNumber(m);
      const to = monthEnd(m);
      let lapses = 0;
      let paid = 0;
      for (const w of workers) {
        let lapsed = false;
        let coveredInMonth = false;
        for (let day = from; day <= to; day++) {
          if (coveredOn(w, day)) coveredInMonth = true;
          else if (coveredOn(w, day - 1)) lapsed = true;
        }
        if (lapsed) lapses += 1;
        if (coveredInMonth) paid += 1;
      }
      months.push({
        month: m,
        registered: workers.filter((w) => w.first <= to).length,
        active: workers.filter((w) => coveredOn(w, to)).length,
        newRegistrations: workers.filter((w) => w.registeredMonth === m).length,
        lapses,
        contributions: paid * input.monthlyContribution,
      });
    }

    const cohorts: RetentionCohort[] = [];
    for (let m = firstMonth; m <= asOfDate; m = addMonths(m, 1)) {
      const cohort = workers.filter((w) => w.registeredMonth === m);
      if (cohort.length === 0) continue;
      const retained: number[] = [];
      for (let k = m; k <= asOfDate; k = addMonths(k, 1)) {
        const end = monthEnd(k);
        retained.push(cohort.filter((w) => coveredOn(w, end)).length);
      }
      cohorts.push({ month: m, size: cohort.length, retained });
    }
    return { ...stamp, months, cohorts, expiring };
  }

  return { coverage, expiringByUnit };
}
