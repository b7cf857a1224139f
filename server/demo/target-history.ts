import type { TargetVersionRow } from '../campaign/target-versions';

export type { TargetVersionRow };

/**
 * The target history of a generated campaign, as plain data: the demo's one correction, and the rows the seed
 * writes to `target_versions`. Pure, so the seed and the brute-force oracle (mocks/data/reference-aggregates.ts)
 * read the same history.
 */

/**
 * One change of target. `previous` holds the values before it (omitted: unchanged); the values after it are
 * the next change's `previous`, or the current values (`campaign` / `units`) for the last change.
 */
export interface TargetChange {
  /** null: the whole campaign; else the unit's name. */
  unitName: string | null;
  effectiveFrom: string;
  previous: { asnCount?: number; workersPerAsn?: number; deadline?: string };
  note: string | null;
  changedBy: string | null;
}

export interface TargetCampaignValues {
  asnCount: number;
  workersPerAsn: number;
  launchDate: string;
  deadline: string;
  targetChanges?: readonly TargetChange[];
}

/** The demo's correction: a few months after launch the BKPSDM count showed 200 newly appointed PPPK at the RSUD. */
export const DEMO_TARGET_CORRECTION = {
  effectiveFrom: '2024-03-04',
  unitName: 'RSUD Bagas Waras',
  asnAdded: 200,
  note: 'Jumlah ASN dikoreksi dengan data BKPSDM Februari 2024: 200 PPPK tenaga kesehatan RSUD Bagas Waras belum tercatat.',
} as const;

/** The demo's target changes up to `today`: none before the correction's date. */
export function demoTargetChanges(
  today: string,
  campaignAsn: number,
  units: readonly { name: string; asnCount: number }[],
  scale: number,
): TargetChange[] {
  const c = DEMO_TARGET_CORRECTION;
  const unit = units.find((u) => u.name === c.unitName);
  if (today < c.effectiveFrom || !unit) return [];
  const added = Math.min(unit.asnCount, Math.round(c.asnAdded * Math.max(1, scale)));
  if (added <= 0) return [];
  return [
    { unitName: null, effectiveFrom: c.effectiveFrom, previous: { asnCount: campaignAsn - added }, note: c.note, changedBy: 'demo' },
    { unitName: c.unitName, effectiveFrom: c.effectiveFrom, previous: { asnCount: unit.asnCount - added }, note: c.note, changedBy: 'demo' },
  ];
}

/** WIB 09.00 on a date, as the instant a seeded change was made. */
const morningOf = (date: string) => `${date}T02:00:00.000Z`;

/**
 * The rows to store: the campaign's first version from the launch (the values before any change), then every
 * change in date order. Unit versions carry the campaign's ratio on their date.
 */
export function targetVersionRows(campaign: TargetCampaignValues, units: readonly { name: string; asnCount: number }[]): TargetVersionRow[] {
  const changes = (campaign.targetChanges ?? []).map((change, index) => ({ change, index }));
  changes.sort((a, b) => (a.change.effectiveFrom < b.change.effectiveFrom ? -1 : a.change.effectiveFrom > b.change.effectiveFrom ? 1 : a.index - b.index));

  // Campaign values after each campaign change, walking back from the current ones.
  type Values = { asnCount: number; workersPerAsn: number; deadline: string };
  const campaignChanges = changes.filter((c) => c.change.unitName === null);
  const after = new Map<number, Values>();
  let state: Values = { asnCount: campaign.asnCount, workersPerAsn: campaign.workersPerAsn, deadline: campaign.deadline };
  for (let i = campaignChanges.length - 1; i >= 0; i--) {
    after.set(campaignChanges[i]!.index, state);
    state = { ...state, ...campaignChanges[i]!.change.previous };
  }
  const first = state;

  const unitAfter = new Map<number, number>();
  for (const unit of units) {
    let asn = unit.asnCount;
    const mine = changes.filter((c) => c.change.unitName === unit.name);
    for (let i = mine.length - 1; i >= 0; i--) {
      unitAfter.set(mine[i]!.index, asn);
      asn = mine[i]!.change.previous.asnCount ?? asn;
    }
  }

  const rows: TargetVersionRow[] = [
    {
      unitName: null, effectiveFrom: campaign.launchDate, ...first, previous: null, note: null, changedBy: null, changedAt: morningOf(campaign.launchDate),
    },
  ];
  let ratio = first.workersPerAsn;
  let current: Values = first;
  for (const { change, index } of changes) {
    if (change.unitName === null) {
      const next = after.get(index)!;
      rows.push({
        unitName: null, effectiveFrom: change.effectiveFrom, ...next, previous: current,
        note: change.note, changedBy: change.changedBy, changedAt: morningOf(change.effectiveFrom),
      });
      current = next;
      ratio = next.workersPerAsn;
      continue;
    }
    const asnAfter = unitAfter.get(index);
    if (asnAfter === undefined) continue; // a change for a unit the campaign does not have
    rows.push({
      unitName: change.unitName, effectiveFrom: change.effectiveFrom, asnCount: asnAfter, workersPerAsn: ratio, deadline: null,
      previous: { asnCount: change.previous.asnCount ?? asnAfter, workersPerAsn: ratio, deadline: null },
      note: change.note, changedBy: change.changedBy, changedAt: morningOf(change.effectiveFrom),
    });
  }
  return rows;
}
