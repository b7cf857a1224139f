/**
 * Targets over time and drill-down scopes, the slow obvious way: the oracle for server/campaign/scope.ts and
 * server/routes/targets, and what the MSW mocks serve. Part of reference-aggregates.ts; kept apart to stay small.
 */
import type { Scope, ScopeQuery, UnitKind } from '../../contract/breakdowns';
import type { TargetHistory, TargetVersion } from '../../contract/targets';
import { targetVersionRows, type TargetCampaignValues, type TargetVersionRow } from '../../server/demo/target-history';

export interface ScopeUnit {
  name: string;
  kind: UnitKind;
  kecamatan: string;
  asnCount: number;
}

/** A scope resolved against the campaign's units (ids are 1-based positions, as the seed stores them). */
export type ResolvedReferenceScope =
  | { ok: true; scope: Scope; unitNames: string[] | null }
  | { ok: false; status: 400 | 404; message: string };

export function resolveReferenceScope(query: Pick<ScopeQuery, 'unit' | 'kecamatan'>, units: readonly ScopeUnit[], kecamatan: readonly string[]): ResolvedReferenceScope {
  if (query.unit !== undefined && query.kecamatan !== undefined) {
    return { ok: false, status: 400, message: 'unit, kecamatan: pilih salah satu, unit atau kecamatan, tidak keduanya' };
  }
  if (query.unit !== undefined) {
    const unit = units[query.unit - 1];
    if (!unit) return { ok: false, status: 404, message: `unit: unit #${query.unit} tidak ditemukan` };
    return { ok: true, scope: { kind: 'unit', id: query.unit, name: unit.name, unitKind: unit.kind, kecamatan: unit.kecamatan }, unitNames: [unit.name] };
  }
  if (query.kecamatan !== undefined) {
    const wanted = query.kecamatan.trim().toLowerCase();
    const name = kecamatan.find((k) => k.toLowerCase() === wanted);
    if (name === undefined) return { ok: false, status: 404, message: `kecamatan: kecamatan "${query.kecamatan}" tidak ditemukan` };
    return { ok: true, scope: { kind: 'kecamatan', name }, unitNames: units.filter((u) => u.kecamatan === name).map((u) => u.name) };
  }
  return { ok: true, scope: { kind: 'campaign' }, unitNames: null };
}

export function createReferenceTargets(campaign: TargetCampaignValues, units: readonly ScopeUnit[]) {
  const rows: (TargetVersionRow & { id: number })[] = targetVersionRows(campaign, units)
    .filter((r) => r.unitName === null || units.some((u) => u.name === r.unitName))
    .map((r, i) => ({ ...r, id: i + 1 }));
  const campaignRows = rows.filter((r) => r.unitName === null);
  const before = (a: { effectiveFrom: string; id: number }, b: { effectiveFrom: string; id: number }) =>
    a.effectiveFrom < b.effectiveFrom || (a.effectiveFrom === b.effectiveFrom && a.id < b.id);
  /** The version in force on `date` (the newest from on or before it), or before any: the first version. */
  const inForce = <T extends { effectiveFrom: string; id: number }>(list: T[], date: string) => {
    let last: T | null = null;
    let first: T | null = null;
    for (const v of list) {
      if (v.effectiveFrom <= date && (last === null || before(last, v))) last = v;
      if (first === null || before(v, first)) first = v;
    }
    return { last, first };
  };
  const ratioAt = (date: string) => {
    const { last, first } = inForce(campaignRows, date);
    return last ? last.workersPerAsn : first ? (first.previous?.workersPerAsn ?? first.workersPerAsn) : campaign.workersPerAsn;
  };
  const campaignAsnAt = (date: string) => {
    const { last, first } = inForce(campaignRows, date);
    return last ? last.asnCount : first ? (first.previous?.asnCount ?? first.asnCount) : campaign.asnCount;
  };
  const unitAsnAt = (unit: ScopeUnit, date: string) => {
    const { last, first } = inForce(rows.filter((r) => r.unitName === unit.name), date);
    return last ? last.asnCount : first ? (first.previous?.asnCount ?? first.asnCount) : unit.asnCount;
  };

  /** The scope's target from the launch, a step at each change that moves it, equal neighbours merged. */
  function targetSteps(unitNames: string[] | null): { from: string; target: number }[] {
    const inScope = unitNames === null ? [] : units.filter((u) => unitNames.includes(u.name));
    const dates = new Set([campaign.launchDate]);
    for (const r of rows) {
      if (r.effectiveFrom > campaign.launchDate && (r.unitName === null || (unitNames !== null && unitNames.includes(r.unitName)))) dates.add(r.effectiveFrom);
    }
    const steps: { from: string; target: number }[] = [];
    for (const date of [...dates].sort()) {
      const asn = unitNames === null ? campaignAsnAt(date) : inScope.reduce((sum, u) => sum + unitAsnAt(u, date), 0);
      const target = asn * ratioAt(date);
      if (steps.at(-1)?.target !== target) steps.push({ from: date, target });
    }
    return steps;
  }

  function scopeTarget(unitNames: string[] | null): number {
    if (unitNames === null) return campaign.asnCount * campaign.workersPerAsn;
    return units.filter((u) => unitNames.includes(u.name)).reduce((sum, u) => sum + u.asnCount, 0) * campaign.workersPerAsn;
  }

  function targetHistory(): TargetHistory {
    const versions = rows
      .map((r): TargetVersion => ({
        id: r.id,
        unitId: r.unitName === null ? null : units.findIndex((u) => u.name === r.unitName) + 1,
        unitName: r.unitName,
        effectiveFrom: r.effectiveFrom,
        asnCount: r.asnCount,
        workersPerAsn: r.workersPerAsn,
        target: r.asnCount * r.workersPerAsn,
        deadline: r.deadline,
        previous: r.previous && { ...r.previous, target: r.previous.asnCount * r.previous.workersPerAsn },
        note: r.note,
        changedBy: r.changedBy,
        changedAt: r.changedAt,
      }))
      .sort((a, b) => (a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : b.id - a.id));
    return {
      current: {
        asnCount: campaign.asnCount,
        workersPerAsn: campaign.workersPerAsn,
        target: campaign.asnCount * campaign.workersPerAsn,
        launchDate: campaign.launchDate,
        deadline: campaign.deadline,
      },
      versions,
    };
  }

  /** The units as the seed stores them: id, name, current ASN count. */
  const unitList = () => units.map((u, i) => ({ id: i + 1, name: u.name, asnCount: u.asnCount }));

  return { targetSteps, scopeTarget, targetHistory, unitList };
}
