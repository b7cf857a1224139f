import type { RankingHistory } from '../../../../contract/ranking';
import type { RegionKind } from '../../../../contract/common';

/**
 * The bump chart (rank over time) without a DOM: one line per region, the campaign region and the regions
 * right above it picked out, the rest muted. Lines are listed in drawing order, muted first, so the
 * picked-out ones are drawn on top.
 */

export type BumpRole = 'campaign' | 'rival' | 'muted';

export interface BumpLine {
  code: string;
  name: string;
  kind: RegionKind;
  role: BumpRole;
  /** 0 and 1 for the rivals, nearest first; null for the others. */
  rivalIndex: number | null;
  ranks: number[];
  firstRank: number;
  lastRank: number;
  /** 1-based place in the latest standing, ties ordered by code: where its label sits. */
  position: number;
}

export interface BumpModel {
  dates: string[];
  /** Drawing order: muted, then rivals, then the campaign region. */
  lines: BumpLine[];
  /** By latest standing, best first. */
  standing: BumpLine[];
  /** Campaign region first, then the rivals, nearest first. */
  highlighted: BumpLine[];
  /** One row per date: `{ date, [code]: rank }`, for the chart. */
  rows: Array<{ date: string } & Record<string, number | string>>;
  maxRank: number;
}

export const RIVALS = 2;

export function isBumpEmpty(history: RankingHistory): boolean {
  return history.dates.length === 0 || history.series.length === 0;
}

export function buildBumpModel(history: RankingHistory, rivals: number = RIVALS): BumpModel {
  const last = history.dates.length - 1;
  const standing = history.series
    .map((s) => ({ s, lastRank: s.ranks[last] ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.lastRank - b.lastRank || (a.s.code < b.s.code ? -1 : 1))
    .map(({ s }, i): BumpLine => ({
      code: s.code,
      name: s.name,
      kind: s.kind,
      role: s.isCampaignRegion ? 'campaign' : 'muted',
      rivalIndex: null,
      ranks: s.ranks,
      firstRank: s.ranks[0] ?? 0,
      lastRank: s.ranks[last] ?? 0,
      position: i + 1,
    }));

  // The regions right above the campaign region; when it is near the top, the ones right below make up the number.
  const at = standing.findIndex((l) => l.role === 'campaign');
  if (at >= 0) {
    const nearest = [
      ...standing.slice(Math.max(0, at - rivals), at).reverse(),
      ...standing.slice(at + 1, at + 1 + rivals),
    ].slice(0, rivals);
    nearest.forEach((line, i) => {
      line.role = 'rival';
      line.rivalIndex = i;
    });
  }

  const order: Record<BumpRole, number> = { muted: 0, rival: 1, campaign: 2 };
  const lines = [...standing].sort((a, b) => order[a.role] - order[b.role] || b.position - a.position);
  const campaign = standing.filter((l) => l.role === 'campaign');
  const rivalLines = standing.filter((l) => l.role === 'rival').sort((a, b) => (a.rivalIndex ?? 0) - (b.rivalIndex ?? 0));

  const rows = history.dates.map((date, i) => {
    const row: { date: string } & Record<string, number | string> = { date };
    for (const s of history.series) {
      const rank = s.ranks[i];
      if (rank !== undefined) row[s.code] = rank;
    }
    return row;
  });

  const maxRank = Math.max(1, ...history.series.flatMap((s) => s.ranks));
  return { dates: history.dates, lines, standing, highlighted: [...campaign, ...rivalLines], rows, maxRank };
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

/**
 * Time-axis ticks on the weekly dates: the first date of a month, every 1, 2, 3, 6 or 12 months (the
 * finest step that fits `maxTicks`), on calendar-aligned months so the labels read Jan, Jul, Jan...
 */
export function monthStartTicks(dates: readonly string[], maxTicks: number): string[] {
  const firsts = dates.filter((d, i) => i > 0 && d.slice(0, 7) !== dates[i - 1]!.slice(0, 7));
  let ticks: string[] = [];
  for (const step of MONTH_STEPS) {
    ticks = firsts.filter((d) => (Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1) % step === 0);
    if (ticks.length <= maxTicks) break;
  }
  return ticks;
}
