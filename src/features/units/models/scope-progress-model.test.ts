import fc from 'fast-check';
import { addDays } from '../../../../contract/dates';
import { buildScopeProgress, type CampaignDates, type ProgressFields } from './scope-progress-model';

const dates: CampaignDates = { launchDate: '2023-11-13', deadline: '2027-12-31', asOfDate: '2026-11-23' };

function row(overrides: Partial<ProgressFields> = {}): ProgressFields {
  const base = {
    asnCount: 188,
    target: 188,
    registered: 105,
    active: 90,
    lastRegistration: '2026-11-20',
    newLast7Days: 3,
    newLast14Days: 5,
    newLast28Days: 12,
    expiringNext30Days: 4,
    ...overrides,
  };
  return { ...base, progress: overrides.progress ?? (base.target > 0 ? base.registered / base.target : 0) };
}

describe('buildScopeProgress', () => {
  it('works out the needed rate, pace and projected date of a unit behind its target', () => {
    const stats = buildScopeProgress(row(), dates);
    // 23 Nov 2026 -> 31 Dec 2027: 365 + 38 = 403 days; 83 short.
    expect(stats.remaining).toBe(83);
    expect(stats.exceeded).toBe(0);
    expect(stats.needed).toMatchObject({ status: 'needed', daysLeft: 403, perWeekWhole: 2 });
    if (stats.needed.status !== 'needed') throw new Error('needed');
    expect(stats.needed.perWeek).toBeCloseTo((83 / 403) * 7, 9);
    // 12 in 28 days = 3 a week, above the 1,44 a week needed.
    expect(stats.pace.last28.perWeek).toBeCloseTo(3, 9);
    expect(stats.pace.last7.perWeek).toBeCloseTo(3, 9);
    expect(stats.verdict.status).toBe('on-track');
    // 83 / (12 / 28) = 193,7 -> 194 days after 23 Nov 2026 = 5 Jun 2027.
    expect(stats.projection).toMatchObject({ status: 'projected', likely: { window: 'last28', projection: { days: 194, date: '2027-06-05' } } });
    expect(stats.milestones.last?.percent).toBe(50);
    expect(stats.milestones.next).toMatchObject({ percent: 75, count: 141 });
    expect(stats.daysSinceLast).toBe(3);
    expect(stats.quiet).toBe(false);
  });

  it('shows over 100% as over, with nothing more needed', () => {
    const stats = buildScopeProgress(row({ asnCount: 115, target: 115, registered: 151 }), dates);
    expect(stats.progress).toBeCloseTo(151 / 115, 12);
    expect(stats.exceeded).toBe(36);
    expect(stats.remaining).toBe(0);
    expect(stats.needed.status).toBe('reached');
    expect(stats.projection.status).toBe('reached');
    // 131% passes 125%; the list stops at the first one not reached (150%).
    expect(stats.milestones.milestones.map((m) => [m.percent, m.reached])).toEqual([
      [25, true],
      [50, true],
      [75, true],
      [100, true],
      [125, true],
      [150, false],
    ]);
    expect(stats.quiet).toBe(false);
  });

  it('is quiet after 14 days without a registration, and has no projection without a recent pace', () => {
    const stats = buildScopeProgress(row({ newLast7Days: 0, newLast14Days: 0, newLast28Days: 0, lastRegistration: '2026-05-14' }), dates);
    expect(stats.quiet).toBe(true);
    expect(stats.daysSinceLast).toBe(193);
    expect(stats.verdict.status).toBe('behind');
    expect(stats.projection.status).toBe('no-progress');
  });

  it('dates milestones from the series', () => {
    const series = [
      { date: '2024-01-01', cumulative: 40 },
      { date: '2024-02-01', cumulative: 60 },
      { date: '2024-03-01', cumulative: 105 },
    ];
    const stats = buildScopeProgress(row(), dates, series);
    // 25% of 188 is 47 (first passed by 60), 50% is 94 (by 105).
    expect(stats.milestones.milestones.filter((m) => m.reached).map((m) => m.reachedOn)).toEqual(['2024-02-01', '2024-03-01']);
  });

  it('is overdue once the deadline has passed short of the target', () => {
    const stats = buildScopeProgress(row(), { ...dates, asOfDate: '2028-01-05' });
    expect(stats.needed).toMatchObject({ status: 'overdue', remaining: 83 });
  });

  it('keeps its numbers consistent for any unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1200 }),
        (target, registered, recent, daysIn) => {
          const asOfDate = addDays(dates.launchDate, daysIn);
          const newLast28Days = Math.min(recent, registered);
          const stats = buildScopeProgress(
            row({ asnCount: target, target, registered, newLast28Days, newLast14Days: Math.min(newLast28Days, 3), newLast7Days: 0, lastRegistration: registered > 0 ? asOfDate : null }),
            { ...dates, asOfDate },
          );
          expect(stats.remaining - stats.exceeded).toBe(target - registered);
          expect(Math.min(stats.remaining, stats.exceeded)).toBe(0);
          if (stats.quiet) expect(registered).toBeLessThan(target);
          if (stats.needed.status === 'needed') {
            // The whole-number rate, kept up, is enough.
            expect(stats.needed.perWeekWhole * stats.needed.weeksLeft).toBeGreaterThanOrEqual(stats.remaining - 1e-9);
          }
          expect(stats.needed.status === 'reached').toBe(registered >= target);
        },
      ),
    );
  });
});
