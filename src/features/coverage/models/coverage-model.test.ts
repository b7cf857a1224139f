import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../../../contract/coverage';
import { activeChartModel, costToTarget, coverageHeadline, coveragePoints, expiringBars, heatStep, peakLapses } from './coverage-model';

const month = (m: string, registered: number, active: number, lapses: number, contributions: number) => ({
  month: m, registered, active, newRegistrations: 0, lapses, contributions,
});

const coverage = (months: Coverage['months'], asOfDate = '2024-03-15'): Coverage => ({
  asOf: `${asOfDate}T00:00:00.000Z`,
  asOfDate,
  monthlyContribution: 16_800,
  months,
  cohorts: [],
  expiring: { windowDays: 30, from: '2024-03-16', to: '2024-04-14', total: 0, units: [] },
});

describe('coveragePoints', () => {
  const points = coveragePoints(
    coverage([month('2024-01-01', 4, 3, 0, 4 * 16_800), month('2024-02-01', 8, 5, 2, 7 * 16_800), month('2024-03-01', 8, 5, 1, 6 * 16_800)]),
  );

  it('counts finished months on their last day (29 Feb in a leap year) and the current month on asOfDate', () => {
    expect(points.map((p) => [p.countedOn, p.partial])).toEqual([
      ['2024-01-31', false],
      ['2024-02-29', false],
      ['2024-03-15', true],
    ]);
    expect(points[2]!.t).toBe(Date.UTC(2024, 2, 15));
  });

  it('gives the share protected and the workers paid for', () => {
    expect(points.map((p) => p.activeShare)).toEqual([0.75, 0.625, 0.625]);
    expect(points.map((p) => p.coveredInMonth)).toEqual([4, 7, 6]);
    expect(coveragePoints(coverage([month('2024-01-01', 0, 0, 0, 0)]))[0]!.activeShare).toBe(0);
  });

  it('sums lapses and contributions and finds the worst month, earliest among equals', () => {
    expect(coverageHeadline(points)).toMatchObject({ totalLapses: 3, totalContributions: 17 * 16_800, latest: { month: '2024-03-01' }, previous: { month: '2024-02-01' } });
    expect(peakLapses(points)?.month).toBe('2024-02-01');
    expect(peakLapses(coveragePoints(coverage([month('2024-01-01', 1, 1, 0, 0)])))).toBeNull();
    const tie = coveragePoints(coverage([month('2024-01-01', 2, 1, 1, 0), month('2024-02-01', 2, 0, 1, 0)]));
    expect(peakLapses(tie)?.month).toBe('2024-01-01');
    expect(coverageHeadline([])).toBeNull();
  });

  it('frames the line chart from the first month to the last counted day, keeping the newest month tick', () => {
    const model = activeChartModel(points, 2);
    expect(model.xDomain).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 15)]);
    expect(model.xTicks).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1)]);
    expect(model.yMax).toBe(8);
  });
});

describe('costToTarget', () => {
  it('prices the workers still to register at the monthly contribution, per month and per year', () => {
    expect(costToTarget({ target: 11_000, registered: 8_030, monthlyContribution: 16_800 })).toEqual({
      target: 11_000,
      registered: 8_030,
      remaining: 2_970,
      reached: false,
      monthlyContribution: 16_800,
      perMonth: 49_896_000,
      perYear: 598_752_000,
      targetPerYear: 2_217_600_000,
    });
  });

  it('costs nothing more once the target is reached or passed', () => {
    expect(costToTarget({ target: 100, registered: 100, monthlyContribution: 16_800 })).toMatchObject({ remaining: 0, reached: true, perYear: 0 });
    expect(costToTarget({ target: 100, registered: 140, monthlyContribution: 16_800 })).toMatchObject({ remaining: 0, reached: true, perMonth: 0 });
  });

  it('is always twelve months of the monthly cost, never negative', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.nat(60_000), fc.integer({ min: 1, max: 100_000 }), (target, registered, amount) => {
        const cost = costToTarget({ target, registered, monthlyContribution: amount });
        expect(cost.perYear).toBe(cost.perMonth * 12);
        expect(cost.remaining).toBeGreaterThanOrEqual(0);
        expect(cost.remaining + Math.min(target, registered)).toBe(target);
      }),
    );
  });
});

describe('heatStep', () => {
  it('puts each share in its band, boundaries in the upper one', () => {
    expect([0, 0.49, 0.5, 0.69, 0.7, 0.8, 0.899, 0.9, 0.95, 1].map(heatStep)).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 5, 5]);
  });

  it('never goes down as the share goes up', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
      expect(heatStep(Math.min(a, b))).toBeLessThanOrEqual(heatStep(Math.max(a, b)));
    }));
  });
});

describe('expiringBars', () => {
  const unit = (id: number, count: number) => ({ id, name: `Unit ${id}`, kind: 'opd' as const, kecamatan: 'Klaten Tengah', count });

  it('keeps the top units and stands one row for the rest', () => {
    const { bars, rest } = expiringBars([unit(1, 9), unit(2, 5), unit(3, 2), unit(4, 1)], 2);
    expect(bars.map((b) => [b.key, b.count])).toEqual([['unit-1', 9], ['unit-2', 5], ['rest', null]]);
    expect(rest).toBe(2);
  });

  it('adds no rest row when every unit fits', () => {
    expect(expiringBars([unit(1, 3)], 10)).toEqual({ bars: [{ key: 'unit-1', id: 1, name: 'Unit 1', count: 3 }], rest: 0 });
  });
});
