import fc from 'fast-check';
import type { Timeseries } from '../../../../contract/timeseries';
import { isoDateToMs } from '@/lib/dates';
import { bucketEnds, buildCompareModel, SERIES_STYLES, targetOn } from './compare-model';

function series(id: number, cumulative: number[], targetSteps: Timeseries['targetSteps'], asOfDate = '2024-01-03'): Timeseries {
  const dates = ['2023-11-13', '2023-11-20', '2023-11-27', '2023-12-04', '2023-12-11', '2023-12-18', '2023-12-25', '2024-01-01'];
  return {
    interval: 'week',
    scope: { kind: 'unit', id, name: `Unit ${id}`, unitKind: 'opd', kecamatan: 'Wedi' },
    target: targetSteps.at(-1)!.target,
    targetSteps,
    launchDate: '2023-11-13',
    deadline: '2024-12-31',
    asOf: null,
    asOfDate,
    points: cumulative.map((c, i) => ({ date: dates[i]!, new: c - (cumulative[i - 1] ?? 0), cumulative: c })),
  };
}

describe('compare model', () => {
  it('takes the target in force on each date', () => {
    const ts = series(1, [1], [
      { from: '2023-11-13', target: 40 },
      { from: '2023-12-01', target: 50 },
    ]);
    expect(targetOn(ts, '2023-11-13')).toBe(40);
    expect(targetOn(ts, '2023-11-30')).toBe(40);
    expect(targetOn(ts, '2023-12-01')).toBe(50);
    expect(targetOn(ts, '2023-01-01')).toBe(40);
  });

  it('places buckets at their last day, the newest at the data date', () => {
    expect(bucketEnds(series(1, [1, 2, 3], [{ from: '2023-11-13', target: 10 }], '2023-11-29'))).toEqual(['2023-11-19', '2023-11-26', '2023-11-29']);
  });

  it('draws each unit as % of its own target, the target changing on its date', () => {
    const a = series(1, [10, 20, 30, 50], [
      { from: '2023-11-13', target: 40 },
      { from: '2023-11-27', target: 50 },
    ], '2023-12-06');
    const b = series(7, [5, 5, 15, 25], [{ from: '2023-11-13', target: 20 }], '2023-12-06');
    const model = buildCompareModel([{ id: 1, name: 'Bappeda', timeseries: a }, { id: 7, name: 'Dinas Pendidikan', timeseries: b }], 'percent');
    expect(model.rows.map((r) => [r.end, r.values.u1, r.values.u7])).toEqual([
      ['2023-11-19', 10 / 40, 5 / 20],
      ['2023-11-26', 20 / 40, 5 / 20],
      ['2023-12-03', 30 / 50, 15 / 20],
      ['2023-12-06', 50 / 50, 25 / 20],
    ]);
    expect(model.series.map((s) => [s.key, s.name, s.latest, s.color])).toEqual([
      ['u1', 'Bappeda', 1, SERIES_STYLES[0].color],
      ['u7', 'Dinas Pendidikan', 1.25, SERIES_STYLES[1].color],
    ]);
    // 125% is drawn, not clipped, on round ticks through 100%.
    expect(model.yMax).toBeGreaterThanOrEqual(1.25);
    expect(model.yTicks).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]);
    expect(model.xDomain).toEqual([isoDateToMs('2023-11-13'), isoDateToMs('2023-12-06')]);
  });

  it('draws counts as they are', () => {
    const a = series(1, [10, 20], [{ from: '2023-11-13', target: 0 }], '2023-11-22');
    const model = buildCompareModel([{ id: 1, name: 'A', timeseries: a }], 'count');
    expect(model.rows.map((r) => r.values.u1)).toEqual([10, 20]);
    // A target of 0 has no percentage.
    expect(buildCompareModel([{ id: 1, name: 'A', timeseries: a }], 'percent').rows.map((r) => r.values.u1)).toEqual([null, null]);
  });

  it('never clips a value and keeps the 100% line in view', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 300 }), fc.constantFrom('percent' as const, 'count' as const), (news, target, metric) => {
        let c = 0;
        const cumulative = news.map((n) => (c += n));
        const ts = series(3, cumulative, [{ from: '2023-11-13', target }], '2024-01-07');
        const model = buildCompareModel([{ id: 3, name: 'X', timeseries: ts }], metric);
        const values = model.rows.map((r) => r.values.u3!);
        expect(Math.max(...values)).toBeLessThanOrEqual(model.yMax);
        if (metric === 'percent') {
          expect(model.yMax).toBeGreaterThanOrEqual(1);
          const ticks = model.yTicks!;
          if (model.yMax <= 8) expect(ticks).toContain(1);
          expect(ticks.length).toBeLessThanOrEqual(9);
          expect(ticks.at(-1)).toBeLessThanOrEqual(model.yMax);
          ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * ticks[1]!, 9));
          values.forEach((v, i) => expect(v * target).toBeCloseTo(cumulative[i]!, 6));
        }
      }),
    );
  });
});
