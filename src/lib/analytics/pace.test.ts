import fc from 'fast-check';
import { addDays } from '../../../contract/dates';
import { computePace, paceFromCounts } from './pace';

function daily(from: string, news: number[]) {
  return news.map((n, i) => ({ date: addDays(from, i), new: n }));
}

describe('computePace', () => {
  it('sums the 7 and 28 days ending on asOfDate, both ends included', () => {
    // 40 days from 1 Jan 2024: day i (0-based) has i new workers.
    const points = daily('2024-01-01', Array.from({ length: 40 }, (_, i) => i));
    const pace = computePace({ points, asOfDate: '2024-02-09', launchDate: '2024-01-01' });
    // Last 7 days are days 33..39: 33+34+...+39 = 252.
    expect(pace.last7).toMatchObject({ from: '2024-02-03', to: '2024-02-09', days: 7, partial: false, registered: 252 });
    expect(pace.last7.perDay).toBe(36);
    expect(pace.last7.perWeek).toBe(252);
    // Last 28 days are days 12..39: (12+39)*28/2 = 714.
    expect(pace.last28).toMatchObject({ from: '2024-01-13', days: 28, registered: 714 });
    expect(pace.last28.perWeek).toBeCloseTo(714 / 4, 9);
    // Since launch: 0+...+39 = 780 over 40 days.
    expect(pace.sinceLaunch).toMatchObject({ from: '2024-01-01', days: 40, nominalDays: null, partial: false, registered: 780 });
    expect(pace.sinceLaunch.perDay).toBeCloseTo(19.5, 9);
  });

  it('does not dilute a young campaign with days before launch', () => {
    // Launched 3 days ago (asOf is day 3 of the campaign): 10, 20, 30.
    const pace = computePace({ points: daily('2023-11-13', [10, 20, 30]), asOfDate: '2023-11-15', launchDate: '2023-11-13' });
    for (const rate of [pace.last7, pace.last28, pace.sinceLaunch]) {
      expect(rate).toMatchObject({ from: '2023-11-13', days: 3, registered: 60, perDay: 20, perWeek: 140 });
    }
    expect(pace.last7.partial).toBe(true);
    expect(pace.last28.partial).toBe(true);
    expect(pace.sinceLaunch.partial).toBe(false);
  });

  it('counts days without a point as zero and ignores points after asOfDate', () => {
    const points = [
      { date: '2024-03-01', new: 7 },
      { date: '2024-03-10', new: 5 },
      { date: '2024-03-20', new: 100 },
    ];
    const pace = computePace({ points, asOfDate: '2024-03-10', launchDate: '2024-03-01' });
    expect(pace.last7).toMatchObject({ from: '2024-03-04', registered: 5, days: 7 });
    expect(pace.sinceLaunch).toMatchObject({ registered: 12, days: 10 });
  });

  it('is zero, not NaN, before anything happened', () => {
    const pace = computePace({ points: [], asOfDate: '2024-01-01', launchDate: '2024-01-05' });
    expect(pace.sinceLaunch).toMatchObject({ days: 0, perDay: 0, perWeek: 0 });
    expect(pace.last7.perWeek).toBe(0);
  });

  it('defaults the launch to the first point', () => {
    const pace = computePace({ points: daily('2024-05-01', [1, 1]), asOfDate: '2024-05-02' });
    expect(pace.sinceLaunch).toMatchObject({ from: '2024-05-01', days: 2, perDay: 1 });
  });

  it('a constant daily rate gives that rate over every window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(500), (days, perDay) => {
        const points = daily('2023-11-13', Array.from({ length: days }, () => perDay));
        const pace = computePace({ points, asOfDate: points.at(-1)!.date, launchDate: '2023-11-13' });
        for (const rate of Object.values(pace)) {
          expect(rate.perDay).toBeCloseTo(perDay, 9);
          expect(rate.perWeek).toBeCloseTo(perDay * 7, 9);
          expect(rate.days).toBe(rate.nominalDays === null ? days : Math.min(days, rate.nominalDays));
        }
      }),
    );
  });

  it('windows nest: 7 days within 28 within the campaign', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 120 }), (news) => {
        const points = daily('2024-01-01', news);
        const pace = computePace({ points, asOfDate: points.at(-1)!.date, launchDate: '2024-01-01' });
        expect(pace.last7.registered).toBeLessThanOrEqual(pace.last28.registered);
        expect(pace.last28.registered).toBeLessThanOrEqual(pace.sinceLaunch.registered);
        expect(pace.sinceLaunch.registered).toBe(news.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('paceFromCounts', () => {
  it('agrees with the series when given the same sums', () => {
    const pace = paceFromCounts({ newLast7Days: 14, newLast28Days: 28, registered: 100, launchDate: '2024-01-01', asOfDate: '2024-04-09' });
    expect(pace.last7.perDay).toBe(2);
    expect(pace.last28.perDay).toBe(1);
    expect(pace.sinceLaunch).toMatchObject({ days: 100, perDay: 1 });
  });
});
