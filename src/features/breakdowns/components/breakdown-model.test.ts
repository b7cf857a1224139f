import fc from 'fast-check';
import { bandOf, leaderboard, sortRows, summarizeBreakdown, type ProgressRow } from './breakdown-model';

const row = (name: string, target: number, registered: number): ProgressRow => ({
  name,
  target,
  registered,
  progress: target === 0 ? 0 : registered / target,
});

const rows = [row('Dinas Pendidikan', 4000, 1800), row('Bappeda', 40, 44), row('Dinas Kesehatan', 2000, 1500), row('Cawas', 100, 20)];

describe('breakdown-model', () => {
  it('bands progress at 50% and 100%', () => {
    expect([0, 0.499, 0.5, 0.999, 1, 1.3].map(bandOf)).toEqual(['low', 'low', 'mid', 'mid', 'done', 'done']);
  });

  it('sorts by any column in either direction', () => {
    expect(sortRows(rows, { key: 'name', direction: 'asc' }).map((r) => r.name)).toEqual([
      'Bappeda',
      'Cawas',
      'Dinas Kesehatan',
      'Dinas Pendidikan',
    ]);
    expect(sortRows(rows, { key: 'progress', direction: 'desc' }).map((r) => r.name)[0]).toBe('Bappeda');
    expect(sortRows(rows, { key: 'target', direction: 'asc' }).map((r) => r.target)).toEqual([40, 100, 2000, 4000]);
  });

  it('sorts any rows into order without losing any', () => {
    const arbitraryRow = fc.record({ name: fc.string(), target: fc.nat(1000), registered: fc.nat(1500) }).map((r) => row(r.name, r.target, r.registered));
    fc.assert(
      fc.property(fc.array(arbitraryRow), fc.constantFrom('target' as const, 'registered' as const, 'progress' as const), (input, key) => {
        const sorted = sortRows(input, { key, direction: 'asc' });
        expect(sorted).toHaveLength(input.length);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]![key]).toBeGreaterThanOrEqual(sorted[i - 1]![key]);
      }),
    );
  });

  it('counts laggards and names the lowest', () => {
    const summary = summarizeBreakdown(rows);
    expect(summary).toMatchObject({ total: 4, low: 2, done: 1 });
    expect(summary.lowest.map((r) => r.name)).toEqual(['Cawas', 'Dinas Pendidikan', 'Dinas Kesehatan']);
  });

  it('keeps leaders and a longer tail of laggards when rows do not fit', () => {
    const many = Array.from({ length: 30 }, (_, i) => row(`Unit ${i}`, 100, i * 4));
    const items = leaderboard(many, 12);
    expect(items).toHaveLength(13);
    expect(items[0]).toMatchObject({ kind: 'row', position: 1 });
    expect(items[4]).toEqual({ kind: 'gap', hidden: 18 });
    expect(items.at(-1)).toMatchObject({ kind: 'row', position: 30, row: { name: 'Unit 0' } });
    expect(leaderboard(rows, 12)).toHaveLength(4);
  });
});
