import fc from 'fast-check';
import type { UnitKind, UnitRow } from '../../../../contract/breakdowns';
import { buildLeaderboard, fastestRiser, filterByKind, needsAttention, type LeaderboardEntry } from './leaderboard-model';
import type { CampaignDates } from './scope-progress-model';

const dates: CampaignDates = { launchDate: '2023-11-13', deadline: '2027-12-31', asOfDate: '2026-11-23' };

let nextId = 1;
function unit(name: string, target: number, registered: number, recent: Partial<UnitRow> = {}, kind: UnitKind = 'opd'): UnitRow {
  return {
    id: recent.id ?? nextId++,
    name,
    kind,
    kecamatan: 'Klaten Tengah',
    asnCount: target,
    target,
    registered,
    active: registered,
    progress: target > 0 ? registered / target : 0,
    lastRegistration: registered > 0 ? '2026-11-20' : null,
    newLast7Days: 1,
    newLast14Days: 2,
    newLast28Days: 4,
    expiringNext30Days: 0,
    ...recent,
  };
}

const badgesOf = (entries: LeaderboardEntry[]) => Object.fromEntries(entries.map((e) => [e.row.name, e.badges.map((b) => (b.kind === 'milestone' ? `${b.percent}%` : b.kind))]));

describe('buildLeaderboard', () => {
  it('ranks by % of own target, ties sharing a rank, and gives milestone badges', () => {
    const entries = buildLeaderboard(
      [
        unit('Bappeda', 50, 26), // 52%
        unit('Dinas Sosial', 100, 131), // 131%
        unit('Inspektorat', 60, 10), // 16,7%
        unit('BPKPAD', 100, 52), // 52%, more workers than Bappeda
        unit('SD Negeri 1 Wedi', 40, 31, {}, 'sekolah'), // 77,5%
        unit('Puskesmas Bayat', 20, 5, {}, 'puskesmas'), // 25%
      ],
      dates,
    );
    expect(entries.map((e) => [e.rank, e.row.name])).toEqual([
      [1, 'Dinas Sosial'],
      [2, 'SD Negeri 1 Wedi'],
      [3, 'BPKPAD'],
      [3, 'Bappeda'],
      [5, 'Puskesmas Bayat'],
      [6, 'Inspektorat'],
    ]);
    // Fastest: 4 new on a target of 20 is +20 points, the largest rise.
    expect(badgesOf(entries)).toEqual({
      'Dinas Sosial': ['reached'],
      'SD Negeri 1 Wedi': ['75%'],
      BPKPAD: ['50%'],
      Bappeda: ['50%'],
      'Puskesmas Bayat': ['25%', 'fastest'],
      Inspektorat: [],
    });
  });

  it('breaks a tie for fastest by more new workers, then by name', () => {
    const entries = buildLeaderboard(
      [unit('B', 100, 10, { newLast28Days: 10 }), unit('A', 50, 10, { newLast28Days: 5 }), unit('C', 200, 10, { newLast28Days: 20 })],
      dates,
    );
    expect(fastestRiser(entries)?.row.name).toBe('C');
    const tied = buildLeaderboard([unit('Beta', 100, 10, { newLast28Days: 10 }), unit('Alfa', 100, 10, { newLast28Days: 10 })], dates);
    expect(fastestRiser(tied)?.row.name).toBe('Alfa');
    expect(fastestRiser(buildLeaderboard([unit('X', 10, 1, { newLast28Days: 0 })], dates))).toBeNull();
  });

  it('orders and ranks the same whatever order the rows come in, ties included', () => {
    const rowArb = fc.record({
      target: fc.integer({ min: 0, max: 40 }),
      registered: fc.integer({ min: 0, max: 60 }),
      newLast28Days: fc.integer({ min: 0, max: 10 }),
      name: fc.constantFrom('SD 1', 'SD 2', 'Dinas', 'Puskesmas', 'Kecamatan'),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), fc.integer(), (specs, seed) => {
        const rows = specs.map((s, i) => unit(s.name, s.target, s.registered, { id: i + 1, newLast28Days: s.newLast28Days }));
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), { seed, numRuns: 1 })[0]!;
        const a = buildLeaderboard(rows, dates);
        const b = buildLeaderboard(shuffled, dates);
        expect(b.map((e) => e.row.id)).toEqual(a.map((e) => e.row.id));
        expect(b.map((e) => e.badges)).toEqual(a.map((e) => e.badges));
        a.forEach((e, i) => {
          expect(e.rank).toBe(1 + rows.filter((r) => r.progress > e.row.progress).length);
          if (i > 0) expect(e.rank).toBeGreaterThanOrEqual(a[i - 1]!.rank);
          expect(e.badges.some((x) => x.kind === 'reached')).toBe(e.row.target > 0 && e.row.registered >= e.row.target);
        });
        const fastest = a.filter((e) => e.badges.some((x) => x.kind === 'fastest'));
        const anyRise = a.some((e) => e.gain28 > 0);
        expect(fastest).toHaveLength(anyRise ? 1 : 0);
        if (anyRise) expect(fastest[0]!.gain28).toBe(Math.max(...a.map((e) => e.gain28)));
      }),
    );
  });
});

describe('needsAttention', () => {
  it('lists quiet units, then slow ones, largest gap first, with the reason and the rate needed', () => {
    const entries = buildLeaderboard(
      [
        unit('Dinas Pendidikan', 188, 105, { newLast7Days: 0, newLast14Days: 0, newLast28Days: 0, lastRegistration: '2026-01-30' }),
        unit('Inspektorat', 63, 10, { newLast7Days: 0, newLast14Days: 0, newLast28Days: 1, lastRegistration: '2026-11-01' }),
        // 403 days left: 190 short needs 3,3 a week = 13,2 in 28 days -> 14; 4 came.
        unit('RSUD', 439, 249, { newLast28Days: 4 }),
        // 20 short needs 0,35 a week; 4 in 28 days is enough.
        unit('Bappeda', 52, 32, { newLast28Days: 4 }),
        // Reached: never on the list, even when quiet.
        unit('Dinas Sosial', 115, 151, { newLast14Days: 0, newLast28Days: 0 }),
        unit('SD Baru', 10, 0, { newLast7Days: 0, newLast14Days: 0, newLast28Days: 0, lastRegistration: null }),
      ],
      dates,
    );
    const items = needsAttention(entries);
    expect(items.map((i) => [i.entry.row.name, i.reason])).toEqual([
      ['Dinas Pendidikan', { kind: 'quiet', since: '2026-01-30', days: 297 }],
      ['Inspektorat', { kind: 'quiet', since: '2026-11-01', days: 22 }],
      ['SD Baru', { kind: 'quiet', since: null, days: null }],
      ['RSUD', { kind: 'behind', windowDays: 28, registered: 4, neededInWindow: 14, neededPerWeek: 4 }],
    ]);
  });

  it('flags every unit short of its target after the deadline', () => {
    const entries = buildLeaderboard([unit('A', 10, 5), unit('B', 10, 10)], { ...dates, asOfDate: '2028-01-02' });
    expect(needsAttention(entries).map((i) => [i.entry.row.name, i.reason])).toEqual([['A', { kind: 'overdue', remaining: 5 }]]);
  });

  it('holds exactly the short units that are quiet or too slow', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ target: fc.integer({ min: 0, max: 300 }), registered: fc.integer({ min: 0, max: 300 }), n14: fc.integer({ min: 0, max: 5 }), extra: fc.integer({ min: 0, max: 30 }) }),
          { maxLength: 20 },
        ),
        (specs) => {
          const rows = specs.map((s, i) => unit(`U${i}`, s.target, s.registered, { id: i + 1, newLast14Days: s.n14, newLast28Days: s.n14 + s.extra }));
          const entries = buildLeaderboard(rows, dates);
          const listed = new Set(needsAttention(entries).map((i) => i.entry.row.id));
          for (const e of entries) {
            const short = e.row.target > 0 && e.row.registered < e.row.target;
            const neededPerWeek = ((e.row.target - e.row.registered) / 403) * 7;
            const slow = (e.row.newLast28Days / 28) * 7 < neededPerWeek - 1e-9;
            expect(listed.has(e.row.id)).toBe(short && (e.row.newLast14Days === 0 || slow));
          }
        },
      ),
    );
  });
});

describe('filterByKind', () => {
  it('keeps one kind, or all', () => {
    const entries = buildLeaderboard([unit('A', 10, 5, {}, 'sekolah'), unit('B', 10, 6, {}, 'opd')], dates);
    expect(filterByKind(entries, 'sekolah').map((e) => e.row.name)).toEqual(['A']);
    expect(filterByKind(entries, 'all')).toHaveLength(2);
  });
});
