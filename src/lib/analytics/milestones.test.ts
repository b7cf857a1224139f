import fc from 'fast-check';
import { addDays } from '../../../contract/dates';
import { computeMilestones, MAX_MILESTONE_PERCENT } from './milestones';

const series = [
  { date: '2023-11-13', cumulative: 1000 },
  { date: '2023-12-01', cumulative: 2749 },
  { date: '2024-01-01', cumulative: 2750 },
  { date: '2024-03-01', cumulative: 5600 },
  { date: '2024-06-01', cumulative: 8100 },
];

describe('computeMilestones', () => {
  it('dates each milestone by the first point at or over it', () => {
    const { milestones, next, last } = computeMilestones(11_000, series);
    expect(milestones.map((m) => [m.percent, m.count, m.reached, m.reachedOn])).toEqual([
      [25, 2750, true, '2024-01-01'],
      [50, 5500, true, '2024-03-01'],
      [75, 8250, false, null],
      [100, 11_000, false, null],
    ]);
    expect(next?.percent).toBe(75);
    expect(last?.percent).toBe(50);
  });

  it('goes on past 100% when over, up to the next one', () => {
    const over = [...series, { date: '2024-09-01', cumulative: 11_000 }, { date: '2024-10-01', cumulative: 14_000 }];
    const { milestones, next, last } = computeMilestones(11_000, over);
    expect(milestones.map((m) => [m.percent, m.reachedOn])).toEqual([
      [25, '2024-01-01'],
      [50, '2024-03-01'],
      [75, '2024-09-01'],
      [100, '2024-09-01'],
      [125, '2024-10-01'],
      [150, null],
    ]);
    expect(next).toMatchObject({ percent: 150, count: 16_500 });
    expect(last?.percent).toBe(125);
  });

  it('handles fractional thresholds without rounding a milestone early', () => {
    // 25% of 7 is 1,75: reached at 2, not at 1.
    const { milestones } = computeMilestones(7, [
      { date: '2024-01-01', cumulative: 1 },
      { date: '2024-01-02', cumulative: 2 },
    ]);
    expect(milestones[0]).toMatchObject({ threshold: 1.75, count: 2, reachedOn: '2024-01-02' });
  });

  it('uses the current count when given, and has nothing for a zero target', () => {
    expect(computeMilestones(100, [], 60).last).toMatchObject({ percent: 50, reachedOn: null });
    expect(computeMilestones(0, series)).toEqual({ milestones: [], next: null, last: null });
  });

  it('milestones are monotone: higher ones never reached earlier, and the list ends at the next one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.nat(400), { maxLength: 80 }), (target, news) => {
        let total = 0;
        const cumulative = news.map((n, i) => ({ date: addDays('2024-01-01', i), cumulative: (total += n) }));
        const { milestones, next } = computeMilestones(target, cumulative);
        expect(milestones.map((m) => m.percent).slice(0, 4)).toEqual([25, 50, 75, 100]);
        for (let i = 1; i < milestones.length; i++) {
          const [a, b] = [milestones[i - 1]!, milestones[i]!];
          expect(b.percent - a.percent).toBe(25);
          expect(b.count).toBeGreaterThanOrEqual(a.count);
          if (b.reached) {
            expect(a.reached).toBe(true);
            expect(a.reachedOn! <= b.reachedOn!).toBe(true);
          }
        }
        for (const m of milestones) {
          expect(m.reached).toBe(total >= m.count);
          if (m.reachedOn) {
            const idx = cumulative.findIndex((p) => p.date === m.reachedOn);
            expect(cumulative[idx]!.cumulative).toBeGreaterThanOrEqual(m.count);
            if (idx > 0) expect(cumulative[idx - 1]!.cumulative).toBeLessThan(m.count);
          }
        }
        expect(next).toBe(milestones.find((m) => !m.reached) ?? null);
        // Past 100% the list stops at the first one not reached (or at the cap).
        const lastMilestone = milestones.at(-1)!;
        if (lastMilestone.percent > 100 && lastMilestone.percent < MAX_MILESTONE_PERCENT) expect(lastMilestone).toBe(next);
        expect(milestones.filter((m) => m.percent > 100 && !m.reached).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
