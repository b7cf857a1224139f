import { demoApi } from '../../../../mocks/node';
import { buildLeaderboard, needsAttention } from '@/features/units/models/leaderboard-model';
import { ATTENTION_TOP, deckAttention, deckLeaderboard, LEADERBOARD_TOP, leaderboardColumns } from './unit-filter';

const summary = demoApi.summary();
const all = buildLeaderboard(demoApi.units().rows, { launchDate: summary.launchDate, deadline: summary.deadline, asOfDate: summary.asOfDate! });
const rankOf = (id: number) => all.find((e) => e.row.id === id)!.rank;

describe('which units the leaderboard slide shows', () => {
  it('without a choice: the top ten of all units', () => {
    const board = deckLeaderboard(all, []);
    expect(board.filtered).toBe(false);
    expect(board.total).toBe(demoApi.units().rows.length);
    expect(board.entries).toEqual(all.slice(0, LEADERBOARD_TOP));
    expect(board.entries.map((e) => e.rank)).toEqual([...board.entries.map((e) => e.rank)].sort((a, b) => a - b));
  });

  it('with a choice: exactly those units, best first, each keeping its rank among all units', () => {
    const chosen = [3, 7, 8, 26];
    const board = deckLeaderboard(all, chosen);
    expect(board.filtered).toBe(true);
    expect(board.entries.map((e) => e.row.id).sort((a, b) => a - b)).toEqual(chosen);
    const ranks = board.entries.map((e) => e.rank);
    expect(ranks).toEqual(chosen.map(rankOf).sort((a, b) => a - b));
    expect(board.unknownIds).toEqual([]);
  });

  it('says which chosen ids are not units any more', () => {
    const board = deckLeaderboard(all, [7, 999_999]);
    expect(board.entries.map((e) => e.row.id)).toEqual([7]);
    expect(board.unknownIds).toEqual([999_999]);
  });

  it('lays out one column up to ten units, two beyond', () => {
    expect(leaderboardColumns(1)).toBe(1);
    expect(leaderboardColumns(10)).toBe(1);
    expect(leaderboardColumns(11)).toBe(2);
    expect(leaderboardColumns(30)).toBe(2);
  });
});

describe('which units the attention slide shows', () => {
  const flagged = needsAttention(all);

  it('without a choice: the most serious cases, and how many there are in all', () => {
    expect(flagged.length).toBeGreaterThan(ATTENTION_TOP);
    const attention = deckAttention(all, []);
    expect(attention.items).toEqual(flagged.slice(0, ATTENTION_TOP));
    expect(attention.count).toBe(flagged.length);
    expect(attention.considered).toBe(all.length);
    expect(attention.fine).toEqual([]);
  });

  it('with a choice: only the chosen units that need attention, and the rest of them named as on track', () => {
    const needing = flagged.slice(0, 2).map((i) => i.entry.row.id);
    const onTrack = all.filter((e) => !flagged.some((i) => i.entry.row.id === e.row.id)).slice(0, 3).map((e) => e.row.id);
    const attention = deckAttention(all, [...onTrack, ...needing, 999_999]);
    expect(attention.filtered).toBe(true);
    expect(attention.items.map((i) => i.entry.row.id)).toEqual(needing);
    expect(attention.count).toBe(2);
    expect(attention.considered).toBe(5);
    expect(attention.fine.map((e) => e.row.id).sort((a, b) => a - b)).toEqual([...onTrack].sort((a, b) => a - b));
  });
});
