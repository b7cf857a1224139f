import fc from 'fast-check';
import { addDays } from '../../../contract/dates';
import { analyseRace, daysToDrawLevel, MAX_RACE_DAYS, rankStandings, recentPace, type Contender } from './rank-gap';

describe('recentPace', () => {
  it('runs from the latest date at least 28 days before the last one', () => {
    const dates = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-02-05'];
    // 54 - 10 workers over 8 Jan .. 5 Feb, 28 days.
    expect(recentPace(dates, [0, 10, 20, 30, 40, 54])).toEqual({ perDay: 44 / 28, from: '2024-01-08', to: '2024-02-05', days: 28, full: true });
  });

  it('covers at least the window when the last date is not a week after the others', () => {
    const dates = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-01-31'];
    // 8 Jan is only 23 days before 31 Jan, so the pace starts on 1 Jan: 30 days.
    expect(recentPace(dates, [0, 7, 14, 21, 28, 60])).toMatchObject({ perDay: 2, from: '2024-01-01', days: 30, full: true });
  });

  it('says so when the history is shorter than the window', () => {
    expect(recentPace(['2024-01-01', '2024-01-08', '2024-01-15'], [5, 12, 19])).toEqual({
      perDay: 1,
      from: '2024-01-01',
      to: '2024-01-15',
      days: 14,
      full: false,
    });
  });

  it('has no pace from a single point', () => {
    expect(recentPace(['2024-01-01'], [5])).toBeNull();
    expect(recentPace([], [])).toBeNull();
  });

  it('recovers a constant pace from any weekly history (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 200 }), (weeks, start, perWeek) => {
        const dates = Array.from({ length: weeks }, (_, i) => addDays('2023-11-13', 7 * i));
        const values = dates.map((_, i) => start + perWeek * i);
        const pace = recentPace(dates, values)!;
        expect(pace.perDay).toBeCloseTo(perWeek / 7, 9);
        expect(pace.full).toBe(weeks >= 5);
        expect(pace.days).toBe(Math.min(28, 7 * (weeks - 1)));
      }),
    );
  });
});

describe('rankStandings', () => {
  it('gives ties the same rank, skips the next, and orders a tie by code', () => {
    const standings = rankStandings([
      { code: '3327', value: 10 },
      { code: '3310', value: 12 },
      { code: '3301', value: 10 },
      { code: '3322', value: 15 },
      { code: '3374', value: 9 },
    ]);
    expect(standings.map((s) => [s.code, s.rank])).toEqual([
      ['3322', 1],
      ['3310', 2],
      ['3301', 3],
      ['3327', 3],
      ['3374', 5],
    ]);
  });

  const entries = fc.uniqueArray(
    fc.record({ code: fc.integer({ min: 3301, max: 3399 }).map(String), value: fc.integer({ min: 0, max: 6 }) }),
    { selector: (e) => e.code, minLength: 1, maxLength: 35 },
  );

  it('ranks are 1 + the number strictly ahead, and ties share a rank (property)', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const standings = rankStandings(list);
        for (const s of standings) {
          expect(s.rank).toBe(1 + list.filter((o) => o.value > s.value).length);
        }
        for (const a of standings) for (const b of standings) if (a.value === b.value) expect(a.rank).toBe(b.rank);
      }),
    );
  });

  it('orders the same whatever order the entries arrive in, ties by code (property)', () => {
    fc.assert(
      fc.property(entries, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort((a, b) => ((Number(a.code) * 7919 + seed) % 101) - ((Number(b.code) * 7919 + seed) % 101));
        const once = rankStandings(list).map((s) => s.code);
        expect(rankStandings(shuffled).map((s) => s.code)).toEqual(once);
        const standings = rankStandings(list);
        for (let i = 1; i < standings.length; i++) {
          const [prev, next] = [standings[i - 1]!, standings[i]!];
          if (prev.value === next.value) expect(prev.code < next.code).toBe(true);
          else expect(prev.value).toBeGreaterThan(next.value);
        }
      }),
    );
  });
});

describe('daysToDrawLevel', () => {
  it('divides the gap by the closing speed, rounding up to a whole day', () => {
    // 100 + 3d >= 130 + d from d = 15 (145 = 145).
    expect(daysToDrawLevel({ value: 100, pace: 3 }, { value: 130, pace: 1 })).toBe(15);
    // A gap of 31 closes on day 15.5, so on day 16.
    expect(daysToDrawLevel({ value: 100, pace: 3 }, { value: 131, pace: 1 })).toBe(16);
    expect(daysToDrawLevel({ value: 130, pace: 0 }, { value: 130, pace: 5 })).toBe(0);
  });

  it('never when the region ahead is as fast or faster', () => {
    expect(daysToDrawLevel({ value: 100, pace: 2 }, { value: 130, pace: 2 })).toBeNull();
    expect(daysToDrawLevel({ value: 100, pace: 1 }, { value: 130, pace: 2 })).toBeNull();
    expect(daysToDrawLevel({ value: 100, pace: 0 }, { value: 130, pace: 0 })).toBeNull();
  });

  const value = fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 2, noNaN: true }));
  const pace = fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 0, max: 50 }).map((n) => n / 7));

  it('equal paces never pass (property)', () => {
    fc.assert(
      fc.property(value, value, pace, (a, b, p) => {
        fc.pre(a !== b);
        const [behind, ahead] = a < b ? [a, b] : [b, a];
        expect(daysToDrawLevel({ value: behind, pace: p }, { value: ahead, pace: p })).toBeNull();
        const race = analyseRace({
          entries: [
            { code: '3310', value: behind, pace: p },
            { code: '3327', value: ahead, pace: p },
          ],
          code: '3310',
          asOf: '2026-11-23',
          deadline: null,
        })!;
        expect(race.above?.outcome).toBe('never');
        expect(race.above?.date).toBeNull();
      }),
    );
  });

  it('a faster region behind draws level on the computed day and not the day before (property)', () => {
    fc.assert(
      fc.property(value, value, pace, pace, (a, b, p, q) => {
        const [behind, ahead] = a < b ? [a, b] : [b, a];
        const [fast, slow] = p > q ? [p, q] : [q, p];
        fc.pre(behind < ahead && fast > slow);
        const d = daysToDrawLevel({ value: behind, pace: fast }, { value: ahead, pace: slow });
        expect(d).not.toBeNull();
        fc.pre(d! <= MAX_RACE_DAYS);
        expect(d!).toBeGreaterThanOrEqual(1);
        expect(behind + fast * d!).toBeGreaterThanOrEqual(ahead + slow * d!);
        expect(behind + fast * (d! - 1)).toBeLessThan(ahead + slow * (d! - 1));
      }),
    );
  });
});

describe('analyseRace', () => {
  // Hand-worked: Klaten 8.000 at 10 a day; Pemalang 700 ahead and standing still; Semarang 1.600 ahead at 1 a day.
  const entries: Contender[] = [
    { code: '3322', value: 9600, pace: 1 },
    { code: '3327', value: 8700, pace: 0 },
    { code: '3310', value: 8000, pace: 10 },
    { code: '3312', value: 6900, pace: 0.5 },
    { code: '3374', value: 6000, pace: 0 },
  ];

  it('dates the pass of the region above and of first place, and says the one below never catches up', () => {
    const race = analyseRace({ entries, code: '3310', asOf: '2026-11-23', deadline: '2027-12-31' })!;
    expect(race.self.rank).toBe(3);
    expect(race.tiedWith).toEqual([]);
    // 700 / 10 = 70 days after 23 Nov 2026: 7 more in November, 31 in December, 31 in January, 1 Feb.
    expect(race.above).toMatchObject({ gap: 700, closingPerDay: 10, outcome: 'passes', days: 70, date: '2027-02-01' });
    expect(race.above?.other.code).toBe('3327');
    // 1.600 / 9 = 177,8, so day 178: 20 May 2027.
    expect(race.leader).toMatchObject({ gap: 1600, closingPerDay: 9, outcome: 'passes', days: 178, date: '2027-05-20' });
    expect(race.leader?.other.code).toBe('3322');
    expect(race.below).toMatchObject({ gap: 1100, closingPerDay: 0.5 - 10, outcome: 'never', days: null, date: null });
    expect(race.below?.other.code).toBe('3312');
  });

  it('does not pass before the deadline when the paces meet only after it', () => {
    const faster = entries.map((e) => (e.code === '3312' ? { ...e, pace: 12 } : e));
    const race = analyseRace({ entries: faster, code: '3310', asOf: '2026-11-23', deadline: '2027-12-31' })!;
    // 1.100 / 2 = 550 days: 23 Nov 2027 is 365, then 185 more: 26 May 2028 (2028 is a leap year).
    expect(race.below).toMatchObject({ outcome: 'after-deadline', days: 550, date: '2028-05-26' });
    const noDeadline = analyseRace({ entries: faster, code: '3310', asOf: '2026-11-23', deadline: null })!;
    expect(noDeadline.below?.outcome).toBe('passes');
  });

  it('reports ties, skips tied regions as "above", and has no leader gap for first place', () => {
    const tied = [
      { code: '3322', value: 9000, pace: 1 },
      { code: '3301', value: 8000, pace: 1 },
      { code: '3310', value: 8000, pace: 1 },
      { code: '3327', value: 7000, pace: null },
    ];
    const race = analyseRace({ entries: tied, code: '3310', asOf: '2026-11-23', deadline: null })!;
    expect(race.self.rank).toBe(2);
    expect(race.tiedWith.map((s) => s.code)).toEqual(['3301']);
    expect(race.above?.other.code).toBe('3322');
    expect(race.below).toMatchObject({ gap: 1000, outcome: 'unknown', closingPerDay: null });

    const first = analyseRace({ entries: tied, code: '3322', asOf: '2026-11-23', deadline: null })!;
    expect(first.above).toBeNull();
    expect(first.leader).toBeNull();
    expect(first.below?.other.code).toBe('3301');
    expect(analyseRace({ entries: tied, code: '9999', asOf: '2026-11-23', deadline: null })).toBeNull();
  });

  it('a pass is dated on or before the deadline exactly when the outcome is "passes" (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 2000 }),
        (value, gap, fast, slow, deadlineDays) => {
          const deadline = addDays('2026-11-23', deadlineDays);
          const race = analyseRace({
            entries: [
              { code: '3310', value, pace: fast / 7 },
              { code: '3327', value: value + gap, pace: slow / 7 },
            ],
            code: '3310',
            asOf: '2026-11-23',
            deadline,
          })!;
          const above = race.above!;
          if (fast <= slow) expect(above.outcome).toBe('never');
          else if (above.date !== null) expect(above.outcome).toBe(above.date <= deadline ? 'passes' : 'after-deadline');
          if (above.days !== null) expect(above.date).toBe(addDays('2026-11-23', above.days));
        },
      ),
    );
  });
});
