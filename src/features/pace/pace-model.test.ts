import type { Timeseries } from '../../../contract/timeseries';
import { addDays } from '../../../contract/dates';
import { isoDateToMs } from '@/lib/dates';
import { buildPaceModel, CHART_OVERHANG_DAYS, isPaceEmpty } from './pace-model';
import { buildProjectionOverlay, mergeRows, overlayExtent, targetSteps } from './projection-overlay';

/** Daily series from launch, `perDay(i)` new workers on day i. */
function daily(days: number, perDay: (i: number) => number, overrides: Partial<Timeseries> = {}): Timeseries {
  const launchDate = '2024-01-01';
  let cumulative = 0;
  const points = Array.from({ length: days }, (_, i) => {
    const n = perDay(i);
    cumulative += n;
    return { date: addDays(launchDate, i), new: n, cumulative };
  });
  return {
    interval: 'day',
    scope: { kind: 'campaign' },
    target: 1000,
    targetSteps: [],
    launchDate,
    deadline: '2024-12-31',
    asOf: null,
    asOfDate: points.at(-1)?.date ?? null,
    points,
    ...overrides,
  };
}

describe('buildPaceModel', () => {
  it('projects, compares and finds the next milestone from the daily series', () => {
    // 100 days at 2 a day: 200 of 1000 on 9 Apr 2024 (day 100).
    const model = buildPaceModel(daily(100, () => 2));
    expect(model).toMatchObject({ current: 200, asOfDate: '2024-04-09' });
    // 800 left at 2 a day = 400 days -> 14 May 2025; every rate is the same, so the range is one day.
    expect(model.range).toMatchObject({
      status: 'projected',
      likely: { projection: { days: 400, date: '2025-05-14' } },
      earliest: { projection: { date: '2025-05-14' } },
      latest: { projection: { date: '2025-05-14' } },
      onOrBeforeDeadline: false,
      rangeVsDeadline: 'after',
    });
    // 266 days left (9 Apr -> 31 Dec 2024): 800 / 266 * 7 = 21,05 a week, 14 a week now.
    expect(model.needed).toMatchObject({ status: 'needed', daysLeft: 266, perWeekWhole: 22 });
    expect(model.verdict).toMatchObject({ status: 'behind', currentPerWeek: 14 });
    // Next milestone 25% = 250 workers: 25 more days at 2 a day.
    expect(model.nextMilestone).toMatchObject({ milestone: { percent: 25, count: 250 }, projection: { days: 25, date: '2024-05-04' } });
    // The band reaches past the deadline, so the chart runs to the reach date (within a year of the deadline).
    expect(model.chartEnd).toBe('2025-05-14');
    expect(model.range.band.at(-1)).toMatchObject({ date: '2025-05-14', likely: 1000 });
  });

  it('caps the chart a year past the deadline, and cuts the band there', () => {
    const model = buildPaceModel(daily(100, () => 1, { target: 100_000 }));
    expect(model.chartEnd).toBe(addDays('2024-12-31', CHART_OVERHANG_DAYS));
    expect(model.range.band.at(-1)!.date).toBe(model.chartEnd);
  });

  it('says reached with the day it happened, and no-progress after 28 quiet days', () => {
    const reached = buildPaceModel(daily(30, (i) => (i === 9 ? 1000 : 0)));
    expect(reached.range).toEqual({ status: 'reached', current: 1000, target: 1000, reachedOn: '2024-01-10', band: [] });
    expect(reached.needed.status).toBe('reached');
    expect(reached.nextMilestone?.milestone.percent).toBe(125);
    expect(reached.chartEnd).toBe('2024-12-31');

    // Registrations stop after day 20; on day 60 the last 28 days are empty.
    const stalled = buildPaceModel(daily(60, (i) => (i < 20 ? 5 : 0)));
    expect(stalled.range.status).toBe('no-progress');
    expect(stalled.verdict.status).toBe('behind');
    expect(stalled.nextMilestone?.projection).toEqual({ status: 'no-progress' });
  });

  it('ignores points after the data date, and knows when there is nothing to project', () => {
    const ts = daily(40, () => 3, { asOfDate: '2024-01-20' });
    expect(buildPaceModel(ts).current).toBe(60);
    expect(isPaceEmpty(daily(10, () => 0))).toBe(true);
    expect(isPaceEmpty(daily(0, () => 0))).toBe(true);
    expect(isPaceEmpty(daily(3, () => 1))).toBe(false);
    expect(() => buildPaceModel({ ...daily(3, () => 1), interval: 'week' })).toThrow();
  });
});

describe('buildProjectionOverlay', () => {
  it('draws the target as steps to the chart end, with the current target when no steps are sent', () => {
    const ts = { target: 11_000, launchDate: '2023-11-13', targetSteps: [] };
    expect(targetSteps(ts)).toEqual([{ from: '2023-11-13', target: 11_000 }]);

    const stepped = { ...ts, targetSteps: [{ from: '2024-03-04', target: 11_000 }, { from: '2023-11-13', target: 10_800 }] };
    const overlay = buildProjectionOverlay(stepped, null, '2023-11-13', '2027-12-31');
    expect(overlay.rows).toEqual([
      { t: isoDateToMs('2023-11-13'), target: 10_800 },
      { t: isoDateToMs('2024-03-04'), target: 11_000 },
      { t: isoDateToMs('2027-12-31'), target: 11_000 },
    ]);
    expect(overlay).toMatchObject({ milestoneLines: [], xEnd: '2027-12-31', deadline: null, maxValue: 11_000 });
  });

  it('starts a step from before the chart at the chart start, and drops steps after its end', () => {
    const ts = {
      target: 50,
      launchDate: '2023-01-01',
      targetSteps: [
        { from: '2023-01-01', target: 10 },
        { from: '2023-06-01', target: 40 },
        { from: '2024-02-01', target: 50 },
        { from: '2030-01-01', target: 99 },
      ],
    };
    const overlay = buildProjectionOverlay(ts, null, '2023-09-01', '2024-12-31');
    expect(overlay.steps.map((s) => s.target)).toEqual([40, 50]);
    expect(overlay.rows.map((r) => [r.t, r.target])).toEqual([
      [isoDateToMs('2023-09-01'), 40],
      [isoDateToMs('2024-02-01'), 50],
      [isoDateToMs('2024-12-31'), 50],
    ]);
  });

  it('adds the band, the likely line, the deadline and the milestones from the pace model', () => {
    const ts = daily(100, () => 2);
    const pace = buildPaceModel(ts);
    const overlay = buildProjectionOverlay(ts, pace, '2024-01-01', '2024-12-31');
    expect(overlay.xEnd).toBe('2025-05-14');
    expect(overlay.deadline).toBe(isoDateToMs('2024-12-31'));
    const start = overlay.rows.find((r) => r.t === isoDateToMs('2024-04-09'));
    expect(start).toEqual({ t: isoDateToMs('2024-04-09'), projection: 200, band: [200, 200] });
    const end = overlay.rows.find((r) => r.t === isoDateToMs('2025-05-14'));
    expect(end).toEqual({ t: isoDateToMs('2025-05-14'), projection: 1000, band: [1000, 1000], target: 1000 });
    expect(overlay.milestoneLines).toEqual([
      { percent: 25, value: 250, reached: false },
      { percent: 50, value: 500, reached: false },
      { percent: 75, value: 750, reached: false },
      { percent: 100, value: 1000, reached: false },
    ]);
  });

  it('shows milestones past 100% once reached, never the next one above', () => {
    const ts = daily(10, () => 130);
    const overlay = buildProjectionOverlay(ts, buildPaceModel(ts), '2024-01-01', '2024-12-31');
    expect(overlay.milestoneLines.map((m) => m.percent)).toEqual([25, 50, 75, 100, 125]);
    expect(overlay.maxValue).toBe(1250);
    expect(overlayExtent(ts, buildPaceModel(ts)).yAtLeast).toBe(1250);
  });
});

describe('mergeRows', () => {
  it('merges rows at the same instant and sorts by time', () => {
    expect(mergeRows([{ t: 2, a: 1 }, { t: 1, a: 0 }], [{ t: 2, b: 5 }, { t: 3, b: 6 }])).toEqual([
      { t: 1, a: 0 },
      { t: 2, a: 1, b: 5 },
      { t: 3, b: 6 },
    ]);
  });
});
