import fc from 'fast-check';
import type { Interval, Timeseries } from '../../../../contract/timeseries';
import { addDays, addMonths, daysBetween, startOfMonth, startOfWeek } from '../../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import { TIME_RANGES } from '@/lib/url-state/params';
import { buildProgressModel } from './progress-model';
import { monthsBefore, rangeStart, sliceTimeseries } from './time-range';

const LAUNCH = '2023-11-13';

/** A series of `interval` buckets from launch to `asOfDate`, one new worker a day. */
function series(interval: Interval, asOfDate: string): Timeseries {
  const starts: string[] = [];
  let date = LAUNCH;
  while (date <= asOfDate) {
    starts.push(date);
    const next = interval === 'day' ? addDays(date, 1) : interval === 'week' ? addDays(startOfWeek(date), 7) : addMonths(startOfMonth(date), 1);
    date = next;
  }
  const points = starts.map((start, i) => {
    const end = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : asOfDate;
    return { date: start, new: daysBetween(start, end) + 1, cumulative: daysBetween(LAUNCH, end) + 1 };
  });
  return {
    interval,
    scope: { kind: 'campaign' },
    target: 11000,
    targetSteps: [{ from: LAUNCH, target: 10800 }, { from: '2024-03-04', target: 11000 }],
    launchDate: LAUNCH,
    deadline: '2026-12-31',
    asOf: `${asOfDate}T05:00:00.000Z`,
    asOfDate,
    points,
  };
}

describe('monthsBefore', () => {
  it('keeps the day, or takes the month’s last one', () => {
    expect(monthsBefore('2026-11-30', 3)).toBe('2026-08-30');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });
});

describe('rangeStart', () => {
  it('counts back from the data date, and is null for everything, no data, or a range past the launch', () => {
    const ts = series('week', '2026-11-30');
    expect(rangeStart('3-bulan', ts)).toBe('2026-08-31');
    expect(rangeStart('12-bulan', ts)).toBe('2025-12-01');
    expect(rangeStart('semua', ts)).toBeNull();
    expect(rangeStart('3-bulan', { ...ts, asOfDate: null })).toBeNull();
    expect(rangeStart('12-bulan', series('week', '2024-06-01'))).toBeNull();
  });
});

describe('sliceTimeseries', () => {
  it('keeps the buckets that reach into the range, the newest always, and leaves the rest of the series alone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Interval>('day', 'week', 'month'),
        fc.integer({ min: 0, max: 1100 }),
        fc.constantFrom(...TIME_RANGES),
        (interval, days, range) => {
          const ts = series(interval, addDays(LAUNCH, days));
          const { timeseries, from } = sliceTimeseries(ts, range);
          const { points, ...rest } = timeseries;
          const { points: allPoints, ...allRest } = ts;
          expect(rest).toEqual(allRest);
          expect(points.at(-1)).toEqual(allPoints.at(-1));
          if (from === null) {
            expect(points).toEqual(allPoints);
            return;
          }
          expect(from > LAUNCH).toBe(true);
          // Exactly the buckets whose last day is on or after `from`: the one holding it stays.
          const endOf = (i: number) => (i + 1 < allPoints.length ? addDays(allPoints[i + 1]!.date, -1) : ts.asOfDate!);
          const kept = allPoints.filter((_, i) => endOf(i) >= from);
          expect(points).toEqual(kept);
          expect(points[0]!.date <= from || points.length === allPoints.length).toBe(true);
        },
      ),
    );
  });

  it('starts the chart’s time axis at the range, with the target line from there and the deadline unchanged', () => {
    const ts = series('week', '2026-11-30');
    const { timeseries, from } = sliceTimeseries(ts, '3-bulan');
    expect(from).toBe('2026-08-31');
    const model = buildProgressModel(timeseries, { from });
    expect(model.xDomain).toEqual([isoDateToMs('2026-08-31'), isoDateToMs('2026-12-31')]);
    expect(model.points[0]!.date).toBe('2026-08-31');
    expect(model.latest).toEqual(buildProgressModel(ts).latest);
    expect(model.target).toBe(11000);
    // 13 or 14 weeks, never the whole campaign.
    expect(model.points.length).toBeGreaterThanOrEqual(13);
    expect(model.points.length).toBeLessThanOrEqual(14);
  });
});
