import fc from 'fast-check';
import { addDays, daysBetween } from '../../../contract/dates';
import type { PaceRates, PaceWindowId } from './pace';
import { daysToReach, MAX_PROJECTION_DAYS, projectionBand, projectRange, projectReachDate, reachedOn } from './projection';

function rates(last7: number, last28: number, sinceLaunch: number): PaceRates {
  const r = (window: PaceWindowId, perDay: number) => ({
    window,
    from: '2024-01-01',
    to: '2024-01-01',
    days: 1,
    nominalDays: null,
    partial: false,
    registered: perDay,
    perDay,
    perWeek: perDay * 7,
  });
  return { last7: r('last7', last7), last28: r('last28', last28), sinceLaunch: r('sinceLaunch', sinceLaunch) };
}

describe('projectReachDate', () => {
  it('rounds up to the first day the count reaches the target', () => {
    // 1000 short at 30 a day: 33 days give 990, day 34 gives 1020.
    expect(projectReachDate({ current: 10_000, target: 11_000, asOfDate: '2024-12-31', perDay: 30 })).toEqual({
      status: 'projected',
      days: 34,
      date: '2025-02-03',
    });
    // Exact division lands on the day itself, even with a rate that is not exact in binary.
    expect(daysToReach(0, 280, 280 / 28)).toBe(28);
    expect(daysToReach(0, 7, 7 / 3)).toBe(3);
  });

  it('is reached at or over the target, never at rate 0, and undated beyond the horizon', () => {
    expect(projectReachDate({ current: 11_000, target: 11_000, asOfDate: '2024-01-01', perDay: 0 })).toEqual({ status: 'reached' });
    expect(projectReachDate({ current: 12_500, target: 11_000, asOfDate: '2024-01-01', perDay: 5 })).toEqual({ status: 'reached' });
    expect(projectReachDate({ current: 5, target: 11_000, asOfDate: '2024-01-01', perDay: 0 })).toEqual({ status: 'no-progress' });
    expect(projectReachDate({ current: 0, target: 11_000, asOfDate: '2024-01-01', perDay: 1 / 28 })).toEqual({
      status: 'beyond-horizon',
      days: 308_000,
    });
  });
});

describe('reachedOn', () => {
  it('dates the first point at or over the target', () => {
    const series = [
      { date: '2024-01-01', cumulative: 90 },
      { date: '2024-01-02', cumulative: 100 },
      { date: '2024-01-03', cumulative: 120 },
    ];
    expect(reachedOn(series, 100)).toBe('2024-01-02');
    expect(reachedOn(series, 121)).toBeNull();
  });
});

describe('projectRange', () => {
  const base = { current: 6000, target: 11_000, asOfDate: '2024-06-30', deadline: '2024-12-31' };

  it('gives earliest, likely and latest from the fastest, the 28-day and the slowest rate', () => {
    // 5000 short: 50/day -> 100 days, 25/day -> 200 days, 20/day -> 250 days.
    const range = projectRange({ ...base, rates: rates(50, 25, 20) });
    if (range.status !== 'projected') throw new Error(range.status);
    expect(range.earliest).toMatchObject({ window: 'last7', projection: { days: 100, date: '2024-10-08' } });
    expect(range.likely).toMatchObject({ window: 'last28', perWeek: 175, projection: { days: 200, date: '2025-01-16' } });
    expect(range.latest).toMatchObject({ window: 'sinceLaunch', projection: { days: 250, date: '2025-03-07' } });
    expect(range.onOrBeforeDeadline).toBe(false);
    expect(range.rangeVsDeadline).toBe('straddles');
    // Band: bends at the three reach days; the fast edge stays on the target once there; each line stops at its own.
    expect(range.band).toEqual([
      { date: '2024-06-30', likely: 6000, low: 6000, high: 6000 },
      { date: '2024-10-08', likely: 8500, low: 8000, high: 11_000 },
      { date: '2025-01-16', likely: 11_000, low: 10_000, high: 11_000 },
      { date: '2025-03-07', low: 11_000, high: 11_000 },
    ]);
  });

  it('says when the whole range lands before or after the deadline', () => {
    const fast = projectRange({ ...base, rates: rates(100, 80, 60) });
    expect(fast).toMatchObject({ status: 'projected', onOrBeforeDeadline: true, rangeVsDeadline: 'before' });
    const slow = projectRange({ ...base, rates: rates(10, 10, 10) });
    expect(slow).toMatchObject({ status: 'projected', onOrBeforeDeadline: false, rangeVsDeadline: 'after' });
  });

  it('stops the band at the chart end', () => {
    const range = projectRange({ ...base, rates: rates(50, 25, 20), until: '2024-12-31' });
    // 184 days after 30 Jun: likely 6000 + 25*184 = 10600, low 6000 + 20*184 = 9680.
    expect(range.band.at(-1)).toEqual({ date: '2024-12-31', likely: 10_600, low: 9680, high: 11_000 });
    expect(range.band.every((p) => p.date <= '2024-12-31')).toBe(true);
  });

  it('is reached, dated from the series, with no projection', () => {
    const range = projectRange({
      ...base,
      current: 11_200,
      rates: rates(10, 10, 10),
      series: [
        { date: '2024-06-01', cumulative: 10_990 },
        { date: '2024-06-02', cumulative: 11_004 },
      ],
    });
    expect(range).toEqual({ status: 'reached', current: 11_200, target: 11_000, reachedOn: '2024-06-02', band: [] });
  });

  it('says "no progress" when the 28-day rate is zero, whatever the launch rate', () => {
    expect(projectRange({ ...base, rates: rates(0, 0, 12) })).toEqual({ status: 'no-progress', current: 6000, target: 11_000, band: [] });
  });

  it('keeps a "never" slow end when only the 7-day rate is zero', () => {
    const range = projectRange({ ...base, rates: rates(0, 25, 20), until: '2025-06-30' });
    if (range.status !== 'projected') throw new Error(range.status);
    expect(range.latest).toMatchObject({ window: 'last7', projection: { status: 'no-progress' } });
    // Even the fastest rate (25/day: 200 days, 16 Jan 2025) misses 31 Dec 2024.
    expect(range.rangeVsDeadline).toBe('after');
    expect(range.band.at(-1)).toMatchObject({ date: '2025-06-30', low: 6000, high: 11_000 });
  });

  const arbitraryCase = fc.record({
    current: fc.nat(20_000),
    target: fc.integer({ min: 1, max: 20_000 }),
    r7: fc.double({ min: 0, max: 200, noNaN: true }),
    r28: fc.double({ min: 0.01, max: 200, noNaN: true }),
    rl: fc.double({ min: 0, max: 200, noNaN: true }),
    untilDays: fc.option(fc.nat(3000), { nil: undefined }),
  });

  it('a constant pace projects a straight line that ends on the target', () => {
    fc.assert(
      fc.property(fc.nat(20_000), fc.integer({ min: 1, max: 20_000 }), fc.double({ min: 1, max: 300, noNaN: true }), (current, target, perDay) => {
        fc.pre(current < target);
        const asOfDate = '2024-03-01';
        const range = projectRange({ current, target, asOfDate, rates: rates(perDay, perDay, perDay) });
        if (range.status !== 'projected') throw new Error(range.status);
        expect(range.earliest.projection).toEqual(range.latest.projection);
        for (const p of range.band) {
          const d = daysBetween(asOfDate, p.date);
          expect(p.likely).toBeCloseTo(Math.min(target, current + perDay * d), 6);
          expect(p.low).toBe(p.likely);
          expect(p.high).toBe(p.likely);
        }
        const last = range.band.at(-1)!;
        expect(last).toMatchObject({ date: range.likely.projection.status === 'projected' ? range.likely.projection.date : '', likely: target });
        // The day before, the line is still short of the target.
        expect(current + perDay * (daysBetween(asOfDate, last.date) - 1)).toBeLessThan(target);
      }),
    );
  });

  it('reaching the target ends the projection; the band is ordered and never overshoots', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ current, target, r7, r28, rl, untilDays }) => {
        const asOfDate = '2024-03-01';
        const until = untilDays === undefined ? undefined : addDays(asOfDate, untilDays);
        const range = projectRange({ current, target, asOfDate, rates: rates(r7, r28, rl), deadline: '2025-01-01', until });
        if (current >= target) {
          expect(range.status).toBe('reached');
          expect(range.band).toEqual([]);
          return;
        }
        expect(['projected', 'beyond-horizon']).toContain(range.status);
        if (range.status === 'reached' || range.status === 'no-progress') return;
        const dates = range.band.map((p) => p.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates[0]).toBe(asOfDate);
        if (until !== undefined) expect(dates.every((d) => d <= until)).toBe(true);
        expect(daysBetween(asOfDate, dates.at(-1)!)).toBeLessThanOrEqual(MAX_PROJECTION_DAYS);
        const likelyDate = range.likely.projection.status === 'projected' ? range.likely.projection.date : null;
        for (const p of range.band) {
          for (const v of [p.likely, p.low, p.high]) if (v !== undefined) expect(v).toBeLessThanOrEqual(target);
          if (p.low !== undefined && p.high !== undefined) expect(p.low).toBeLessThanOrEqual(p.high + 1e-9);
          if (p.likely !== undefined && p.low !== undefined) expect(p.likely).toBeGreaterThanOrEqual(p.low - 1e-9);
          // No likely point after the likely reach date.
          if (likelyDate !== null && p.date > likelyDate) expect(p.likely).toBeUndefined();
        }
        // The earliest date is never after the likely, the likely never after the latest.
        const day = (e: typeof range.likely) => daysToReach(current, target, e.perDay);
        expect(day(range.earliest)).toBeLessThanOrEqual(day(range.likely));
        expect(day(range.likely)).toBeLessThanOrEqual(day(range.latest));
      }),
    );
  });
});

describe('projectionBand', () => {
  it('is empty when nothing is left to project', () => {
    expect(projectionBand({ current: 10, target: 10, asOfDate: '2024-01-01', likely: 1, low: 1, high: 1 })).toEqual([]);
  });
});
