import fc from 'fast-check';
import { downsampleRows, MAX_POINTS_PER_LINE } from './downsample';

interface Row {
  t: number;
  a?: number;
  b?: number | null;
  band?: [number, number];
}

const value = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const row = (t: number) =>
  fc.record(
    {
      a: value,
      b: fc.option(value, { nil: null }),
      band: fc.tuple(value, value).map(([x, y]): [number, number] => [Math.min(x, y), Math.max(x, y)]),
    },
    { requiredKeys: [] },
  ).map((r): Row => ({ t, ...r }));
const rowsArb = fc.integer({ min: 0, max: 3000 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => row(i))));
const keys = ['a', 'b', 'band'] as const;

const numbers = (v: unknown): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? (v as number[]) : []);
const countOf = (rows: readonly Row[], key: keyof Row) => rows.filter((r) => numbers(r[key]).length > 0).length;

describe('downsampleRows', () => {
  it('keeps at most the maximum per line, in order, the same rows, first and last included', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 20, max: 1200 }), (rows, max) => {
        const drawn = downsampleRows(rows, keys, max);
        for (const key of keys) expect(countOf(drawn, key)).toBeLessThanOrEqual(max);
        // A subsequence of the input: the very same objects, time strictly increasing.
        for (const r of drawn) expect(rows[r.t]).toBe(r);
        for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.t).toBeGreaterThan(drawn[i - 1]!.t);
        if (rows.length > 0) {
          expect(drawn[0]).toBe(rows[0]);
          expect(drawn.at(-1)).toBe(rows.at(-1));
        }
        if (rows.length <= max) expect(drawn).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every line’s highest and lowest value, wherever they are', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 20, max: 1200 }), (rows, max) => {
        const drawn = downsampleRows(rows, keys, max);
        for (const key of keys) {
          const all = rows.flatMap((r) => numbers(r[key]));
          const kept = drawn.flatMap((r) => numbers(r[key]));
          if (all.length === 0) continue;
          expect(Math.max(...kept)).toBe(Math.max(...all));
          expect(Math.min(...kept)).toBe(Math.min(...all));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('thins a daily series over three years to no more than 1,000 points and keeps its single spike', () => {
    const days = 3 * 365 + 40;
    const rows = Array.from({ length: days }, (_, t) => ({ t, new: t === 777 ? 950 : 5 + (t % 7), cumulative: t * 8 }));
    const drawn = downsampleRows(rows, ['new', 'cumulative']);
    expect(rows.length).toBeGreaterThan(MAX_POINTS_PER_LINE);
    expect(drawn.length).toBeLessThanOrEqual(MAX_POINTS_PER_LINE);
    expect(drawn.length).toBeGreaterThan(100);
    expect(drawn.some((r) => r.t === 777 && r.new === 950)).toBe(true);
  });
});
