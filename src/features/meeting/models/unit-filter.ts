import { needsAttention, type AttentionItem, type LeaderboardEntry } from '@/features/units/models/leaderboard-model';

/**
 * Which units the leaderboard and "needs attention" slides show. With no units chosen: the top of the
 * leaderboard and the most serious cases. With units chosen (the OPDs at the table): exactly those, each
 * keeping its rank among all units, so a unit sees where it stands in the whole regency.
 */

export const LEADERBOARD_TOP = 10;
export const ATTENTION_TOP = 6;

export interface DeckLeaderboard {
  entries: LeaderboardEntry[];
  /** All units ranked. */
  total: number;
  filtered: boolean;
  /** Chosen ids with no such unit (a link from before a unit was renamed away); said on the slide. */
  unknownIds: number[];
}

export function deckLeaderboard(all: readonly LeaderboardEntry[], unitIds: readonly number[], top = LEADERBOARD_TOP): DeckLeaderboard {
  if (unitIds.length === 0) return { entries: all.slice(0, top), total: all.length, filtered: false, unknownIds: [] };
  const chosen = new Set(unitIds);
  const known = new Set(all.map((e) => e.row.id));
  return {
    entries: all.filter((e) => chosen.has(e.row.id)),
    total: all.length,
    filtered: true,
    unknownIds: unitIds.filter((id) => !known.has(id)),
  };
}

export interface DeckAttention {
  /** The items shown, most serious first. */
  items: AttentionItem[];
  /** Items that need attention before the limit. */
  count: number;
  /** Units considered: the chosen ones found, or all. */
  considered: number;
  filtered: boolean;
  /** Chosen units that need no attention (on track or done), best first; empty without a choice. */
  fine: LeaderboardEntry[];
}

export function deckAttention(all: readonly LeaderboardEntry[], unitIds: readonly number[], limit = ATTENTION_TOP): DeckAttention {
  const chosen = new Set(unitIds);
  const considered = unitIds.length === 0 ? all : all.filter((e) => chosen.has(e.row.id));
  const items = needsAttention(considered);
  const flagged = new Set(items.map((i) => i.entry.row.id));
  const filtered = unitIds.length > 0;
  return {
    items: items.slice(0, limit),
    count: items.length,
    considered: considered.length,
    filtered,
    fine: filtered ? considered.filter((e) => !flagged.has(e.row.id)) : [],
  };
}

/** How many rows the leaderboard slide lays out per column: one column up to 10, two beyond. */
export function leaderboardColumns(rows: number): 1 | 2 {
  return rows <= LEADERBOARD_TOP ? 1 : 2;
}
