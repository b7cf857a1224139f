import fc from 'fast-check';
import { linearScale, linearTicks, nearestIndex, tickStep } from './scale';

describe('linearScale', () => {
  it('maps the domain onto the range and back, reversed ranges included', () => {
    const y = linearScale([0, 12_000], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(12_000)).toBe(20);
    expect(y(6_000)).toBe(160);
    expect(y.invert(160)).toBe(6_000);
  });

  it('inverts what it maps, for any domain and pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (d0, span, f) => {
        const x = linearScale([d0, d0 + span], [40, 940]);
        const value = d0 + f * span;
        expect(x.invert(x(value))).toBeCloseTo(value, 3);
      }),
    );
  });

  it('puts a one-value domain in the middle of the range instead of dividing by zero', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(tickStep(12_000, 5)).toBe(2_500);
    expect(tickStep(1, 4)).toBe(0.25);
    expect(tickStep(830, 4)).toBe(250);
  });

  it('lists round ticks inside the domain, about as many as asked', () => {
    expect(linearTicks(0, 12_000, 5)).toEqual([0, 2_500, 5_000, 7_500, 10_000]);
    expect(linearTicks(0, 1.2, 4)).toEqual([0, 0.5, 1]);
    expect(linearTicks(0, 3, 10, { integer: true })).toEqual([0, 1, 2, 3]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5e6 }), fc.integer({ min: 2, max: 10 }), (max, count) => {
        const ticks = linearTicks(0, max, count);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeLessThanOrEqual(max);
        expect(ticks.length).toBeGreaterThanOrEqual(Math.min(2, count));
        expect(ticks.length).toBeLessThanOrEqual(count * 2 + 1);
      }),
    );
  });
});

describe('nearestIndex', () => {
  it('finds the row nearest in time, ties to the earlier one', () => {
    const rows = [{ t: 0 }, { t: 10 }, { t: 20 }, { t: 40 }];
    expect(nearestIndex(rows, -5)).toBe(0);
    expect(nearestIndex(rows, 14)).toBe(1);
    expect(nearestIndex(rows, 15)).toBe(1);
    expect(nearestIndex(rows, 31)).toBe(3);
    expect(nearestIndex(rows, 99)).toBe(3);
    expect(nearestIndex([], 3)).toBe(-1);
  });

  it('agrees with a linear search', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: -50, max: 1050 }), (ts, t) => {
        const rows = [...ts].sort((a, b) => a - b).map((v) => ({ t: v }));
        const best = Math.min(...rows.map((r) => Math.abs(r.t - t)));
        expect(Math.abs(rows[nearestIndex(rows, t)]!.t - t)).toBe(best);
      }),
    );
  });
});
