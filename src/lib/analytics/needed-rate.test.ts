import fc from 'fast-check';
import { addDays } from '../../../contract/dates';
import { comparePace, neededPerWeek, neededRate, unitNeededRates } from './needed-rate';

describe('neededRate', () => {
  it('spreads the remaining gap over the days left, the deadline day included', () => {
    // 4 Nov -> 30 Dec 2024 is 56 days = 8 weeks; 4000 short = 500 a week.
    const needed = neededRate({ current: 7000, target: 11_000, asOfDate: '2024-11-04', deadline: '2024-12-30' });
    expect(needed).toEqual({
      status: 'needed',
      remaining: 4000,
      daysLeft: 56,
      weeksLeft: 8,
      perDay: 4000 / 56,
      perWeek: 500,
      perWeekWhole: 500,
      perDayWhole: 72,
    });
  });

  it('rounds the whole-number rate up', () => {
    // 100 short over 3 weeks: 33,3 a week -> 34.
    const needed = neededRate({ current: 0, target: 100, asOfDate: '2024-01-01', deadline: '2024-01-22' });
    expect(needed).toMatchObject({ status: 'needed', weeksLeft: 3, perWeekWhole: 34 });
    // On the day before the deadline: one day left, the whole gap in it.
    expect(neededRate({ current: 90, target: 100, asOfDate: '2024-12-30', deadline: '2024-12-31' })).toMatchObject({
      daysLeft: 1,
      perDay: 10,
      perWeek: 70,
    });
  });

  it('is reached at or over the target, even after the deadline', () => {
    expect(neededRate({ current: 11_000, target: 11_000, asOfDate: '2024-01-01', deadline: '2024-12-31' })).toMatchObject({ status: 'reached', remaining: 0 });
    expect(neededRate({ current: 12_000, target: 11_000, asOfDate: '2025-03-01', deadline: '2024-12-31' })).toMatchObject({ status: 'reached' });
  });

  it('is overdue once the deadline day is in and the target is still short', () => {
    expect(neededRate({ current: 10_000, target: 11_000, asOfDate: '2024-12-31', deadline: '2024-12-31' })).toEqual({
      status: 'overdue',
      remaining: 1000,
      daysLeft: 0,
      weeksLeft: 0,
    });
    expect(neededRate({ current: 10_000, target: 11_000, asOfDate: '2025-01-14', deadline: '2024-12-31' })).toMatchObject({ status: 'overdue', daysLeft: -14 });
  });

  it('needed rate x weeks left covers what remains', () => {
    fc.assert(
      fc.property(fc.nat(30_000), fc.nat(30_000), fc.integer({ min: -100, max: 2000 }), (current, target, daysLeft) => {
        const needed = neededRate({ current, target, asOfDate: '2024-06-01', deadline: addDays('2024-06-01', daysLeft) });
        if (current >= target) {
          expect(needed.status).toBe('reached');
          return;
        }
        if (daysLeft <= 0) {
          expect(needed.status).toBe('overdue');
          return;
        }
        if (needed.status !== 'needed') throw new Error(needed.status);
        expect(needed.perWeek * needed.weeksLeft).toBeCloseTo(target - current, 6);
        expect(needed.perWeekWhole * needed.weeksLeft).toBeGreaterThanOrEqual(target - current - 1e-6);
        expect(needed.perDayWhole * needed.daysLeft).toBeGreaterThanOrEqual(target - current);
        // ... and rounding up adds less than one worker a week.
        expect(needed.perWeekWhole - needed.perWeek).toBeLessThan(1);
      }),
    );
  });
});

describe('unitNeededRates', () => {
  it('gives each unit its own gap over the weeks left; over-target units need 0', () => {
    const units = [
      { name: 'Dinas Pendidikan', registered: 800, target: 2000 },
      { name: 'RSUD', registered: 350, target: 300 },
      { name: 'Kecamatan Wedi', registered: 0, target: 70 },
    ];
    // 10 weeks left.
    const rates = unitNeededRates(units, '2024-10-01', '2024-12-10');
    expect(rates.map((r) => [r.unit.name, neededPerWeek(r.needed)])).toEqual([
      ['Dinas Pendidikan', 120],
      ['RSUD', 0],
      ['Kecamatan Wedi', 7],
    ]);
  });

  it('is proportional to the gap, and sums to the sum of the gaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ registered: fc.nat(3000), target: fc.nat(3000) }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 1000 }),
        (units, daysLeft) => {
          const rates = unitNeededRates(units, '2024-01-01', addDays('2024-01-01', daysLeft));
          const perWeek = rates.map((r) => neededPerWeek(r.needed)!);
          const gaps = units.map((u) => Math.max(0, u.target - u.registered));
          perWeek.forEach((w, i) => expect(w).toBeCloseTo((gaps[i]! / daysLeft) * 7, 9));
          expect(perWeek.reduce((a, b) => a + b, 0)).toBeCloseTo((gaps.reduce((a, b) => a + b, 0) / daysLeft) * 7, 6);
          // A bigger gap never needs less.
          for (let i = 0; i < units.length; i++)
            for (let j = 0; j < units.length; j++) if (gaps[i]! > gaps[j]!) expect(perWeek[i]!).toBeGreaterThan(perWeek[j]!);
        },
      ),
    );
  });
});

describe('comparePace', () => {
  const needed = neededRate({ current: 7000, target: 11_000, asOfDate: '2024-11-04', deadline: '2024-12-30' }); // 500/week

  it('is behind by the shortfall, on track by the surplus', () => {
    expect(comparePace(needed, 350)).toEqual({ status: 'behind', currentPerWeek: 350, neededPerWeek: 500, shortfallPerWeek: 150, ratio: 0.7 });
    expect(comparePace(needed, 600)).toEqual({ status: 'on-track', currentPerWeek: 600, neededPerWeek: 500, surplusPerWeek: 100, ratio: 1.2 });
    expect(comparePace(needed, 500)).toMatchObject({ status: 'on-track', surplusPerWeek: 0 });
  });

  it('passes reached and overdue through', () => {
    expect(comparePace(neededRate({ current: 5, target: 5, asOfDate: '2024-01-01', deadline: '2024-02-01' }), 0)).toEqual({ status: 'reached' });
    expect(comparePace(neededRate({ current: 4, target: 5, asOfDate: '2024-03-01', deadline: '2024-02-01' }), 9)).toEqual({ status: 'overdue', remaining: 1 });
  });

  it('on track exactly when the pace keeps up with the need', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 700 }), fc.double({ min: 0, max: 2000, noNaN: true }), (gap, days, pace) => {
        const n = neededRate({ current: 0, target: gap, asOfDate: '2024-01-01', deadline: addDays('2024-01-01', days) });
        const verdict = comparePace(n, pace);
        // At this weekly pace, the gap is covered by the deadline iff on track (up to float dust).
        const covered = (pace * days) / 7 >= gap * (1 - 1e-9);
        expect(verdict.status === 'on-track').toBe(covered);
      }),
    );
  });
});
