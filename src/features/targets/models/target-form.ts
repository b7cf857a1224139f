import { compareNames } from '@/lib/compare-names';
import { CampaignTargetInput, UnitTargetInput, type TargetHistory, type TargetVersion } from '../../../../contract/targets';
import { issuesOf, type Issue } from '@/lib/field-errors';

/**
 * The target page's pure parts: reading what was typed (Indonesian digits "11.000" included), the server's
 * "field: message; field: message" refusals, the before → after of a change, and the units' current counts.
 */

export const CAMPAIGN_FIELDS = ['asnCount', 'workersPerAsn', 'deadline', 'effectiveFrom', 'note'] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];
export const UNIT_FIELDS = ['asnCount', 'effectiveFrom', 'note'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export interface CampaignFormValues {
  asnCount: string;
  workersPerAsn: string;
  deadline: string;
  effectiveFrom: string;
  note: string;
}

export interface UnitFormValues {
  asnCount: string;
  effectiveFrom: string;
  note: string;
}

/**
 * A whole number as people type it: "11000", "11.000", "11 000" (and "11,000" in English). Anything else,
 * decimals included, is NaN so the schema refuses it.
 */
export function parseCount(text: string): number {
  const compact = text.trim().replace(/[\s.,\u00a0]/g, '');
  if (!/^\d+$/.test(compact)) return Number.NaN;
  // "1.5" or "1,5" is not a thousands separator: refuse rather than read 15.
  if (/[.,]/.test(text) && !/^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(text.trim())) return Number.NaN;
  return Number(compact);
}

const noteOrNull = (note: string) => (note.trim() === '' ? null : note);

export function checkCampaignForm(values: CampaignFormValues): { ok: true; input: CampaignTargetInput } | { ok: false; issues: Issue[] } {
  const parsed = CampaignTargetInput.safeParse({
    asnCount: parseCount(values.asnCount),
    workersPerAsn: parseCount(values.workersPerAsn),
    deadline: values.deadline,
    effectiveFrom: values.effectiveFrom,
    note: noteOrNull(values.note),
  });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

export function checkUnitForm(values: UnitFormValues): { ok: true; input: UnitTargetInput } | { ok: false; issues: Issue[] } {
  const parsed = UnitTargetInput.safeParse({ asnCount: parseCount(values.asnCount), effectiveFrom: values.effectiveFrom, note: noteOrNull(values.note) });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

export interface CampaignChange {
  before: { asnCount: number; workersPerAsn: number; target: number; deadline: string };
  after: { asnCount: number; workersPerAsn: number; target: number; deadline: string };
  targetChanged: boolean;
  deadlineChanged: boolean;
  /** Same values: the server would refuse it, so the page does not send it. */
  nothingChanged: boolean;
}

export function describeCampaignChange(current: TargetHistory['current'], input: CampaignTargetInput): CampaignChange {
  const before = { asnCount: current.asnCount, workersPerAsn: current.workersPerAsn, target: current.target, deadline: current.deadline };
  const after = { asnCount: input.asnCount, workersPerAsn: input.workersPerAsn, target: input.asnCount * input.workersPerAsn, deadline: input.deadline };
  return {
    before,
    after,
    targetChanged: before.target !== after.target,
    deadlineChanged: before.deadline !== after.deadline,
    nothingChanged: before.asnCount === after.asnCount && before.workersPerAsn === after.workersPerAsn && before.deadline === after.deadline,
  };
}

/** The campaign version now in force: the newest campaign version (versions come newest first). */
export function currentCampaignVersion(history: TargetHistory): TargetVersion | undefined {
  return history.versions.find((v) => v.unitId === null);
}

/** The latest effective date of a scope's versions: a new one may not start before it. */
export function lastEffectiveFrom(history: TargetHistory, unitId: number | null): string | null {
  return history.versions.filter((v) => v.unitId === unitId).reduce<string | null>((max, v) => (max === null || v.effectiveFrom > max ? v.effectiveFrom : max), null);
}

export interface UnitTargetRow {
  id: number;
  name: string;
  kind: string;
  kecamatan: string;
  asnCount: number;
  target: number;
  /** When its count last changed here, if ever. */
  changedOn: string | null;
}

/**
 * Units with their current ASN count: the newest version of the unit when it has one (the history answers
 * at once after a change), else the count the units list gives. Sorted by name.
 */
export function unitTargetRows(
  units: readonly { id: number; name: string; kind: string; kecamatan: string; asnCount: number }[],
  history: TargetHistory,
): UnitTargetRow[] {
  const newest = new Map<number, TargetVersion>();
  for (const v of history.versions) {
    if (v.unitId !== null && !newest.has(v.unitId)) newest.set(v.unitId, v);
  }
  const ratio = history.current.workersPerAsn;
  return units
    .map((u) => {
      const v = newest.get(u.id);
      const asnCount = v ? v.asnCount : u.asnCount;
      return { id: u.id, name: u.name, kind: u.kind, kecamatan: u.kecamatan, asnCount, target: asnCount * ratio, changedOn: v ? v.effectiveFrom : null };
    })
    .sort((a, b) => compareNames(a.name, b.name));
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Units whose name or kecamatan holds every word typed, in any case and order. */
export function searchUnits<T extends { name: string; kecamatan: string }>(rows: readonly T[], query: string): T[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = fold(`${r.name} ${r.kecamatan}`);
    return words.every((w) => hay.includes(w));
  });
}
