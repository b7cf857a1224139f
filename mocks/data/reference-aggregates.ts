/**
 * The campaign's aggregates computed the slow, obvious way, in memory, from raw registration rows.
 * Two jobs: the MSW mocks serve these, and the server tests use them as the brute-force oracle that
 * the SQL must match. Keep it naive: it is the definition, not an optimisation.
 */
import type { KecamatanBreakdown, OccupationBreakdown, UnitBreakdown } from '../../contract/breakdowns';
import type { Region } from '../../contract/common';
import { addDays, daysBetween, startOfMonth, startOfWeek, addMonths } from '../../contract/dates';
import type { Ranking, RankingHistory, RankingMetric } from '../../contract/ranking';
import type { Summary } from '../../contract/summary';
import type { Interval, Timeseries } from '../../contract/timeseries';
import type { DemoCampaign, DemoRecap, DemoRegistration } from '../../server/demo/generate';
import { CENTRAL_JAVA_REGIONS, PROVINCE } from '../../server/domain/geography';
import type { ScopeQuery } from '../../contract/breakdowns';
import { createReferenceTargets, resolveReferenceScope } from './reference-targets';
import { createReferenceCoverage } from './reference-coverage';

export interface ReferenceInput {
  campaign: DemoCampaign['campaign'];
  region: Region;
  units: readonly { name: string; kind: UnitBreakdown['rows'][number]['kind']; kecamatan: string; asnCount: number }[];
  kecamatan: readonly string[];
  registrations: readonly ReferenceRegistration[];
  recaps: readonly DemoRecap[];
  isDemo: boolean;
  asOf: string | null;
  asOfDate: string | null;
}

/** A registration row as the oracle takes it: imports may leave the paid-up date (active_until) empty. */
export type ReferenceRegistration = Omit<DemoRegistration, 'activeUntil'> & { activeUntil: string | null };

interface Worker {
  registeredOn: string;
  unitName: string;
  occupation: string;
  active: boolean;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Each worker (NIK) once: the first registration decides date, unit, occupation; any paid-up one makes them active. */
export function toWorkers(rows: readonly ReferenceRegistration[]): Worker[] {
  const byNik = new Map<string, { first: ReferenceRegistration; active: boolean }>();
  for (const r of rows) {
    const seen = byNik.get(r.workerNik);
    const isActive = r.status === 'aktif';
    if (!seen) {
      byNik.set(r.workerNik, { first: r, active: isActive });
      continue;
    }
    seen.active ||= isActive;
    const earlier = r.registeredOn < seen.first.registeredOn || (r.registeredOn === seen.first.registeredOn && r.registrationNo < seen.first.registrationNo);
    if (earlier) seen.first = r;
  }
  return [...byNik.values()].map(({ first, active }) => ({
    registeredOn: first.registeredOn,
    unitName: first.unitName,
    occupation: first.occupation,
    active,
  }));
}

export function createReferenceAggregates(input: ReferenceInput) {
  const workers = toWorkers(input.registrations);
  const c = input.campaign;
  const target = c.asnCount * c.workersPerAsn;
  const stamp = { asOf: input.asOf, asOfDate: input.asOfDate };
  const lasting = createReferenceCoverage({
    registrations: input.registrations, units: input.units, launchDate: c.launchDate, monthlyContribution: c.monthlyContribution,
    asOf: input.asOf, asOfDate: input.asOfDate,
  });

  function summary(): Summary {
    const registered = workers.length;
    const active = workers.filter((w) => w.active).length;
    const ref = input.asOfDate;
    const inWindow = (w: Worker, from: number, to: number) => ref !== null && daysBetween(w.registeredOn, ref) >= from && daysBetween(w.registeredOn, ref) < to;
    return {
      region: input.region,
      registered,
      active,
      target,
      asnCount: c.asnCount,
      workersPerAsn: c.workersPerAsn,
      progress: ratio(registered, target),
      activeShare: ratio(active, registered),
      monthlyContribution: c.monthlyContribution,
      monthlyContributionsTotal: active * c.monthlyContribution,
      newThisWeek: workers.filter((w) => inWindow(w, 0, 7)).length,
      newLastWeek: workers.filter((w) => inWindow(w, 7, 14)).length,
      launchDate: c.launchDate,
      deadline: c.deadline,
      ...stamp,
      isDemo: input.isDemo,
    };
  }

  const targets = createReferenceTargets(c, input.units);
  /** The scope asked for, or throws: callers check it first with `scopeOf`. */
  const scoped = (query: ScopeQuery) => {
    const resolved = scopeOf(query);
    if (!resolved.ok) throw new Error(resolved.message);
    return { ...resolved, workers: resolved.unitNames === null ? workers : workers.filter((w) => resolved.unitNames!.includes(w.unitName)) };
  };
  function scopeOf(query: ScopeQuery) {
    return resolveReferenceScope(query, input.units, input.kecamatan);
  }

  function timeseries(interval: Interval, query: ScopeQuery = {}): Timeseries {
    const scope = scoped(query);
    const base = {
      interval, scope: scope.scope, target: targets.scopeTarget(scope.unitNames), targetSteps: targets.targetSteps(scope.unitNames),
      launchDate: c.launchDate, deadline: c.deadline, ...stamp,
    };
    if (!input.asOfDate) return { ...base, points: [] };
    const bucketOf = (d: string) => (interval === 'day' ? d : interval === 'week' ? startOfWeek(d) : startOfMonth(d));
    const next = (d: string) => (interval === 'day' ? addDays(d, 1) : interval === 'week' ? addDays(d, 7) : addMonths(d, 1));
    const counted = scope.workers.filter((w) => w.registeredOn <= input.asOfDate!);
    const first = counted.reduce((min, w) => (w.registeredOn < min ? w.registeredOn : min), c.launchDate);
    const points: Timeseries['points'] = [];
    let cumulative = 0;
    for (let b = bucketOf(first); b <= bucketOf(input.asOfDate); b = next(b)) {
      const n = counted.filter((w) => bucketOf(w.registeredOn) === b).length;
      cumulative += n;
      points.push({ date: b, new: n, cumulative });
    }
    return { ...base, points };
  }

  function unitStats(unitName: string, expiring: Map<string, number>) {
    const mine = workers.filter((w) => w.unitName === unitName);
    // Pace: first registered in the N days ending asOfDate, both ends included.
    const ref = input.asOfDate ?? c.launchDate;
    const newInLast = (n: number) => mine.filter((w) => daysBetween(w.registeredOn, ref) >= 0 && daysBetween(w.registeredOn, ref) < n).length;
    return {
      registered: mine.length,
      active: mine.filter((w) => w.active).length,
      lastRegistration: mine.reduce<string | null>((max, w) => (max === null || w.registeredOn > max ? w.registeredOn : max), null),
      newLast7Days: newInLast(7),
      newLast14Days: newInLast(14),
      newLast28Days: newInLast(28),
      expiringNext30Days: expiring.get(unitName) ?? 0,
    };
  }

  function units(): UnitBreakdown {
    return {
      ...stamp,
      rows: input.units.map((u, i) => {
        const s = unitStats(u.name, lasting.expiringByUnit());
        const unitTarget = u.asnCount * c.workersPerAsn;
        return { id: i + 1, name: u.name, kind: u.kind, kecamatan: u.kecamatan, asnCount: u.asnCount, target: unitTarget, ...s, progress: ratio(s.registered, unitTarget) };
      }),
    };
  }

  function kecamatan(): KecamatanBreakdown {
    const expiring = lasting.expiringByUnit();
    const rows = input.kecamatan.map((name) => {
      const inKec = input.units.filter((u) => u.kecamatan === name);
      const stats = inKec.map((u) => unitStats(u.name, expiring));
      const sum = (key: 'newLast7Days' | 'newLast14Days' | 'newLast28Days' | 'expiringNext30Days') => stats.reduce((a, s) => a + s[key], 0);
      const asnCount = inKec.reduce((a, u) => a + u.asnCount, 0);
      const registered = stats.reduce((a, s) => a + s.registered, 0);
      const last = stats.map((s) => s.lastRegistration).filter((d): d is string => d !== null).sort().at(-1) ?? null;
      return {
        name, unitCount: inKec.length, asnCount, target: asnCount * c.workersPerAsn, registered,
        active: stats.reduce((a, s) => a + s.active, 0), progress: ratio(registered, asnCount * c.workersPerAsn), lastRegistration: last,
        newLast7Days: sum('newLast7Days'), newLast14Days: sum('newLast14Days'), newLast28Days: sum('newLast28Days'), expiringNext30Days: sum('expiringNext30Days'),
      };
    });
    return { ...stamp, rows };
  }

  function occupations(query: ScopeQuery = {}): OccupationBreakdown {
    const { scope, workers } = scoped(query);
    const counts = new Map<string, { registered: number; active: number }>();
    for (const w of workers) {
      const x = counts.get(w.occupation) ?? { registered: 0, active: 0 };
      x.registered += 1;
      if (w.active) x.active += 1;
      counts.set(w.occupation, x);
    }
    const rows = [...counts.entries()]
      .map(([occupation, x]) => ({ occupation, ...x, share: ratio(x.registered, workers.length) }))
      .sort((a, b) => b.registered - a.registered || (a.occupation < b.occupation ? -1 : 1));
    return { ...stamp, scope, rows };
  }

  /** Each region's figures on a date: newest recap on or before it; the campaign region from its own workers. */
  function figuresAt(date: string) {
    return CENTRAL_JAVA_REGIONS.map((region) => {
      if (region.code === c.regionCode) {
        const mine = workers.filter((w) => w.registeredOn <= date);
        return { region, asnCount: c.asnCount, registered: mine.length, active: mine.filter((w) => w.active).length, asOfDate: date as string | null };
      }
      const latest = input.recaps
        .filter((r) => r.regionCode === region.code && r.asOf <= date)
        .reduce<DemoRecap | null>((best, r) => (best === null || r.asOf > best.asOf ? r : best), null);
      return { region, asnCount: latest?.asnCount ?? 0, registered: latest?.registered ?? 0, active: latest?.active ?? 0, asOfDate: latest?.asOf ?? null };
    });
  }

  function ranked<T extends { region: Region; asnCount: number; registered: number }>(rows: T[], metric: RankingMetric) {
    const value = (r: T) => (metric === 'count' ? r.registered : ratio(r.registered, r.asnCount));
    return rows
      .map((r) => ({ ...r, value: value(r), rank: 1 + rows.filter((o) => value(o) > value(r)).length }))
      .sort((a, b) => a.rank - b.rank || (a.region.code < b.region.code ? -1 : 1));
  }

  /** The newest date any data speaks for: the campaign's records or the provincial recap. */
  const rankingDate = [input.asOfDate, ...input.recaps.map((r) => r.asOf)].reduce<string | null>(
    (max, d) => (d !== null && (max === null || d > max) ? d : max),
    null,
  );

  function ranking(metric: RankingMetric): Ranking {
    const date = rankingDate ?? c.launchDate;
    return {
      metric,
      asOfDate: rankingDate,
      provinceName: PROVINCE.name,
      rows: ranked(figuresAt(date), metric).map((r) => ({
        ...r.region, rank: r.rank, asnCount: r.asnCount, registered: r.registered, active: r.active,
        coverage: ratio(r.registered, r.asnCount), asOfDate: r.asOfDate, isCampaignRegion: r.region.code === c.regionCode,
      })),
    };
  }

  function rankingHistory(metric: RankingMetric): RankingHistory {
    if (!rankingDate) return { metric, dates: [], series: [] };
    const dates: string[] = [];
    for (let d = startOfWeek(c.launchDate); d <= rankingDate; d = addDays(d, 7)) dates.push(d);
    if (dates.at(-1) !== rankingDate) dates.push(rankingDate);
    const perDate = dates.map((d) => ranked(figuresAt(d), metric));
    const series = CENTRAL_JAVA_REGIONS.map((region) => ({
      ...region,
      isCampaignRegion: region.code === c.regionCode,
      ranks: perDate.map((rows) => rows.find((r) => r.region.code === region.code)!.rank),
      values: perDate.map((rows) => rows.find((r) => r.region.code === region.code)!.value),
    }));
    return { metric, dates, series };
  }

  return { summary, timeseries, units, kecamatan, occupations, ranking, rankingHistory, scopeOf, targetHistory: targets.targetHistory, targetUnits: targets.unitList, coverage: lasting.coverage };
}
