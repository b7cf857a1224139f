import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, endOfMonth } from '../../../contract/dates';
import { monthsBetween, retentionColumns, retentionTable, type CohortCounts } from './retention';

describe('monthsBetween', () => {
  it('counts calendar months, not days', () => {
    expect(monthsBetween('2024-01-31', '2024-02-01')).toBe(1);
    expect(monthsBetween('2023-11-13', '2026-11-23')).toBe(36);
    expect(monthsBetween('2024-03-15', '2024-03-01')).toBe(0);
    expect(monthsBetween('2024-03-01', '2023-12-31')).toBe(-3);
  });
});

describe('retentionTable, worked by hand', () => {
  // The same small campaign as server/routes/coverage/coverage.test.ts, asOfDate 15 Mar 2024.
  const cohorts: CohortCounts[] = [
    { month: '2023-12-01', size: 2, retained: [2, 1, 2, 2] },
    { month: '2023-11-01', size: 2, retained: [1, 0, 0, 0, 0] },
    { month: '2024-01-01', size: 3, retained: [3, 3, 3] },
    { month: '2024-02-01', size: 1, retained: [0, 0] },
  ];
  const table = retentionTable(cohorts, '2024-03-15');

  it('puts the cohorts oldest first, each with a share per month since registering', () => {
    expect(table.rows.map((r) => r.cohort)).toEqual(['2023-11-01', '2023-12-01', '2024-01-01', '2024-02-01']);
    expect(table.rows.map((r) => r.cells.map((c) => c.share))).toEqual([
      [0.5, 0, 0, 0, 0],
      [1, 0.5, 1, 1],
      [1, 1, 1],
      [0, 0],
    ]);
    expect(table.rows[1]!.cells.map((c) => c.month)).toEqual(['2023-12-01', '2024-01-01', '2024-02-01', '2024-03-01']);
    expect(table.columns).toEqual([0, 1, 2, 3, 4]);
  });

  it('marks the asOfDate month as counted on asOfDate', () => {
    expect(table.rows.map((r) => r.cells.map((c) => c.partial))).toEqual([
      [false, false, false, false, true],
      [false, false, false, true],
      [false, false, true],
      [false, true],
    ]);
  });

  it('averages over the cohorts that have reached each month, weighted by size', () => {
    expect(table.average.map((a) => [a.monthsSince, a.retained, a.size, a.cohorts])).toEqual([
      [0, 6, 8, 4],
      [1, 4, 8, 4],
      [2, 5, 7, 3],
      [3, 2, 4, 2],
      [4, 0, 2, 1],
    ]);
    expect(table.average[2]!.share).toBeCloseTo(5 / 7, 12);
  });

  it('leaves a month the data does not cover empty rather than guessing, and ignores counts beyond asOfDate', () => {
    const short = retentionTable([{ month: '2024-01-01', size: 4, retained: [4, 3, 2, 1, 0] }], '2024-02-10');
    expect(short.rows[0]!.cells.map((c) => c.retained)).toEqual([4, 3]);
    const missing = retentionTable([{ month: '2024-01-01', size: 4, retained: [4] }], '2024-03-10');
    expect(missing.rows[0]!.cells.map((c) => c.retained)).toEqual([4, null, null]);
    expect(missing.average.map((a) => a.monthsSince)).toEqual([0]);
  });

  it('gives an empty cohort 0% and leaves it out of the average', () => {
    const t = retentionTable([{ month: '2024-01-01', size: 0, retained: [0, 0] }], '2024-02-01');
    expect(t.rows[0]!.cells.map((c) => c.share)).toEqual([0, 0]);
    expect(t.average).toEqual([]);
  });

  it('picks every third column and always the last', () => {
    const wide = retentionTable([{ month: '2023-11-01', size: 1, retained: Array(13).fill(1) }], '2024-11-02');
    expect(retentionColumns(wide, 3)).toEqual([0, 3, 6, 9, 12]);
    const odd = retentionTable([{ month: '2023-11-01', size: 1, retained: Array(15).fill(1) }], '2025-01-02');
    expect(retentionColumns(odd, 3)).toEqual([0, 3, 6, 9, 12, 14]);
    expect(retentionColumns(odd, 1)).toEqual(odd.columns);
  });
});

/** A synthetic population: each worker registers in some month and stays covered for some months (or for good). */
const populationArb = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  asOfOffset: fc.integer({ min: 0, max: 40 }),
  asOfDay: fc.integer({ min: 1, max: 28 }),
  workers: fc.array(fc.record({ month: fc.nat(40), coveredMonths: fc.option(fc.nat(40), { nil: null }) }), { maxLength: 60 }),
});

/** Counts the way the server defines them, one worker at a time: covered at the end of each month, up to asOfDate. */
type Population = typeof populationArb extends fc.Arbitrary<infer T> ? T : never;

function countCohorts(p: Population) {
  const base = addMonths('2023-11-01', p.start);
  const asOfMonth = addMonths(base, p.asOfOffset);
  const asOfDate = `${asOfMonth.slice(0, 8)}${String(p.asOfDay).padStart(2, '0')}`;
  const registered = p.workers.filter((w) => w.month <= p.asOfOffset);
  const cohorts: CohortCounts[] = [];
  for (let m = 0; m <= p.asOfOffset; m++) {
    const members = registered.filter((w) => w.month === m);
    if (members.length === 0) continue;
    const retained: number[] = [];
    for (let k = 0; m + k <= p.asOfOffset; k++) retained.push(members.filter((w) => w.coveredMonths === null || w.coveredMonths >= k).length);
    cohorts.push({ month: addMonths(base, m), size: members.length, retained });
  }
  return { asOfDate, cohorts, registered };
}

describe('retentionTable, properties', () => {
  it('never shows more retained than the cohort holds, even from bad counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ m: fc.nat(24), size: fc.nat(50), retained: fc.array(fc.integer({ min: -5, max: 80 }), { maxLength: 30 }) }), { maxLength: 8 }),
        fc.nat(30),
        (raw, asOfOffset) => {
          const cohorts = raw.map((c) => ({ month: addMonths('2023-11-01', c.m), size: c.size, retained: c.retained }));
          const table = retentionTable(cohorts, endOfMonth(addMonths('2023-11-01', asOfOffset)));
          for (const row of table.rows) {
            for (const cell of row.cells) {
              if (cell.retained !== null) expect(cell.retained).toBeLessThanOrEqual(row.size);
              if (cell.share !== null) expect(cell.share).toBeGreaterThanOrEqual(0);
              if (cell.share !== null) expect(cell.share).toBeLessThanOrEqual(1);
            }
          }
          for (const a of table.average) expect(a.share).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('keeps a cohort where nobody lapses at 100% in every month', () => {
    fc.assert(
      fc.property(populationArb, (p) => {
        const everyone = { ...p, workers: p.workers.map((w) => ({ ...w, coveredMonths: null })) };
        const { asOfDate, cohorts } = countCohorts(everyone);
        const table = retentionTable(cohorts, asOfDate);
        for (const row of table.rows) expect(row.cells.every((c) => c.share === 1)).toBe(true);
        for (const a of table.average) expect(a.share).toBe(1);
      }),
    );
  });

  it('shapes the triangle by asOfDate: a cohort has one cell per month from its month to the asOfDate month', () => {
    fc.assert(
      fc.property(populationArb, fc.integer({ min: -3, max: 3 }), (p, shift) => {
        const { asOfDate, cohorts } = countCohorts(p);
        // The same counts read at another asOfDate: the shape follows the date, whatever the arrays hold.
        const other = `${addMonths(asOfDate, shift).slice(0, 8)}${asOfDate.slice(8)}`;
        const table = retentionTable(cohorts, other);
        const kept = cohorts.filter((c) => monthsBetween(c.month, other) >= 0);
        expect(table.rows.map((r) => r.cohort)).toEqual(kept.map((c) => c.month));
        for (const row of table.rows) {
          expect(row.cells).toHaveLength(monthsBetween(row.cohort, other) + 1);
          expect(row.cells.filter((c) => c.partial)).toHaveLength(1);
          expect(row.cells.at(-1)!.month).toBe(`${other.slice(0, 8)}01`);
        }
        // Each column is at most as tall as the one before: older cohorts reach further.
        const heights = table.columns.map((k) => table.rows.filter((r) => r.cells.length > k).length);
        for (let k = 1; k < heights.length; k++) expect(heights[k]).toBeLessThanOrEqual(heights[k - 1]!);
      }),
    );
  });

  it('never rises within a cohort when workers only ever lapse, and the averages stay within the cohorts', () => {
    fc.assert(
      fc.property(populationArb, (p) => {
        const { asOfDate, cohorts, registered } = countCohorts(p);
        const table = retentionTable(cohorts, asOfDate);
        expect(table.rows.reduce((sum, r) => sum + r.size, 0)).toBe(registered.length);
        for (const row of table.rows) {
          for (let k = 1; k < row.cells.length; k++) expect(row.cells[k]!.retained!).toBeLessThanOrEqual(row.cells[k - 1]!.retained!);
        }
        for (const a of table.average) {
          const shares = table.rows.map((r) => r.cells[a.monthsSince]?.share).filter((s): s is number => s != null);
          expect(a.share).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
          expect(a.share).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
        }
      }),
    );
  });
});
