import type { Timeseries } from '../../../../contract/timeseries';
import { addDays } from '../../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import { buildProgressModel, isTimeseriesEmpty, monthTicks } from './progress-model';

/** A daily series from launch with a constant number of new workers per day. */
function dailySeries(days: number, perDay: number, overrides: Partial<Timeseries> = {}): Timeseries {
  const launchDate = '2023-11-13';
  const points = Array.from({ length: days }, (_, i) => ({
    date: addDays(launchDate, i),
    new: perDay,
    cumulative: perDay * (i + 1),
  }));
  return {
    interval: 'day',
    scope: { kind: 'campaign' },
    target: 11000,
    targetSteps: [{ from: launchDate, target: 11000 }],
    launchDate,
    deadline: '2024-12-31',
    asOf: '2024-01-10T11:50:00.000Z',
    asOfDate: points.at(-1)?.date ?? null,
    points,
    ...overrides,
  };
}

describe('buildProgressModel', () => {
  it('draws the pace line from the latest point to the target at the deadline', () => {
    const ts = dailySeries(60, 10);
    const model = buildProgressModel(ts);
    const latestEnd = addDays('2023-11-13', 59);
    expect(model.latest).toMatchObject({ end: latestEnd, cumulative: 600 });

    const paced = model.rows.filter((r) => r.pace !== undefined);
    expect(paced).toEqual([
      { t: isoDateToMs(latestEnd), cumulative: 600, pace: 600 },
      { t: isoDateToMs('2024-12-31'), pace: 11000 },
    ]);
  });

  it('states the rate needed and the recent rate in workers per week', () => {
    const ts = dailySeries(60, 10);
    const model = buildProgressModel(ts);
    const daysLeft = (isoDateToMs('2024-12-31') - isoDateToMs(model.latest.end)) / 86_400_000;
    expect(model.neededPerWeek).toBeCloseTo(((11000 - 600) / daysLeft) * 7, 6);
    // Daily buckets give exactly the 28-day window: 10 a day is 70 a week.
    expect(model.recentWindowDays).toBe(28);
    expect(model.recentPerWeek).toBeCloseTo(70, 6);
    expect(model.status).toBe('behind');
    expect(model.projectedDate! > '2024-12-31').toBe(true);
  });

  it('is on track when the recent pace beats the pace needed', () => {
    const model = buildProgressModel(dailySeries(60, 40, { deadline: '2024-09-01' }));
    expect(model.status).toBe('on-track');
    expect(model.recentPerWeek!).toBeGreaterThanOrEqual(model.neededPerWeek!);
    expect(model.projectedDate! <= '2024-09-01').toBe(true);
  });

  it('places weekly buckets at their last day and the newest at the data date', () => {
    const ts: Timeseries = {
      interval: 'week',
      scope: { kind: 'campaign' },
      target: 100,
      targetSteps: [{ from: '2023-11-13', target: 100 }],
      launchDate: '2023-11-13',
      deadline: '2024-06-30',
      asOf: null,
      asOfDate: '2023-11-29',
      points: [
        { date: '2023-11-13', new: 5, cumulative: 5 },
        { date: '2023-11-20', new: 7, cumulative: 12 },
        { date: '2023-11-27', new: 2, cumulative: 14 },
      ],
    };
    const model = buildProgressModel(ts);
    expect(model.points.map((p) => p.end)).toEqual(['2023-11-19', '2023-11-26', '2023-11-29']);
    // Fewer than 28 days of data: the window starts at launch.
    expect(model.recentWindowDays).toBe(17);
    expect(model.recentPerWeek).toBeCloseTo((14 / 17) * 7, 6);
  });

  it('draws no pace line once the target is reached, and never clips the axis', () => {
    const model = buildProgressModel(dailySeries(30, 400));
    expect(model.status).toBe('reached');
    expect(model.neededPerWeek).toBeNull();
    expect(model.rows.some((r) => r.pace !== undefined)).toBe(false);
    expect(model.yMax).toBeGreaterThanOrEqual(12000);
  });

  it('reports a passed deadline and a stalled campaign', () => {
    const late = buildProgressModel(dailySeries(60, 10, { deadline: '2023-12-01' }));
    expect(late.status).toBe('deadline-passed');
    expect(late.xDomain[1]).toBe(isoDateToMs(late.latest.end));

    const flat = dailySeries(60, 10);
    flat.points = flat.points.map((p, i) => (i >= 20 ? { ...p, new: 0, cumulative: 200 } : p));
    const stalled = buildProgressModel(flat);
    expect(stalled.status).toBe('stalled');
    expect(stalled.projectedDate).toBeNull();
  });

  it('knows when there is nothing to draw', () => {
    expect(isTimeseriesEmpty(dailySeries(0, 0))).toBe(true);
    expect(isTimeseriesEmpty(dailySeries(5, 0))).toBe(true);
    expect(isTimeseriesEmpty(dailySeries(5, 1))).toBe(false);
  });
});

describe('room for the projection', () => {
  it('stretches the x-axis to the projection end and the y-axis to the highest milestone', () => {
    const ts = dailySeries(60, 10);
    const plain = buildProgressModel(ts);
    expect(plain.xDomain[1]).toBe(isoDateToMs('2024-12-31'));
    const stretched = buildProgressModel(ts, { extendTo: '2025-06-30', yAtLeast: 13_750 });
    expect(stretched.xDomain[1]).toBe(isoDateToMs('2025-06-30'));
    expect(stretched.yMax).toBeGreaterThanOrEqual(13_750 * 1.05);
    // Never shrinks: an earlier end keeps the deadline.
    expect(buildProgressModel(ts, { extendTo: '2024-03-01' }).xDomain[1]).toBe(isoDateToMs('2024-12-31'));
  });
});

describe('axis helpers', () => {
  it('ticks on first days of months and thins them', () => {
    expect(monthTicks('2023-11-13', '2024-02-10', 8)).toEqual(['2023-12-01', '2024-01-01', '2024-02-01'].map(isoDateToMs));
    expect(monthTicks('2023-11-01', '2024-12-31', 6)).toHaveLength(5);
  });
});
