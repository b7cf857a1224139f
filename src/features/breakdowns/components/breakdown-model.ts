import { compareNames } from '@/lib/compare-names';
import type { BreakdownSort } from '@/lib/url-state/params';

/** The fields shared by unit and kecamatan rows that the table sorts and the chart draws. */
export interface ProgressRow {
  name: string;
  target: number;
  registered: number;
  progress: number;
}

export type Band = 'low' | 'mid' | 'done';

/** Laggards are below half of their own target. */
export const LOW_THRESHOLD = 0.5;

export function bandOf(progress: number): Band {
  return progress < LOW_THRESHOLD ? 'low' : progress < 1 ? 'mid' : 'done';
}


/** A sorted copy. Ties fall back to the name so the order never jumps between renders. */
export function sortRows<R extends ProgressRow>(rows: readonly R[], sort: BreakdownSort): R[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = sort.key === 'name' ? compareNames(a.name, b.name) : a[sort.key] - b[sort.key];
    return primary !== 0 ? sign * primary : compareNames(a.name, b.name);
  });
}

export interface BreakdownSummary<R> {
  total: number;
  low: number;
  done: number;
  /** The three furthest behind their own target. */
  lowest: R[];
}

export function summarizeBreakdown<R extends ProgressRow>(rows: readonly R[]): BreakdownSummary<R> {
  return {
    total: rows.length,
    low: rows.filter((r) => bandOf(r.progress) === 'low').length,
    done: rows.filter((r) => bandOf(r.progress) === 'done').length,
    lowest: sortRows(rows, { key: 'progress', direction: 'asc' }).slice(0, 3),
  };
}

export type LeaderboardItem<R> = { kind: 'row'; row: R; position: number } | { kind: 'gap'; hidden: number };

/**
 * Best first. When there are more rows than fit, keep the leaders and a longer tail of
 * laggards, with a marker for the rows in between (they stay in the table).
 */
export function leaderboard<R extends ProgressRow>(rows: readonly R[], maxRows: number): LeaderboardItem<R>[] {
  const sorted = sortRows(rows, { key: 'progress', direction: 'desc' });
  const items = sorted.map((row, i): LeaderboardItem<R> => ({ kind: 'row', row, position: i + 1 }));
  if (sorted.length <= maxRows) return items;
  const top = Math.floor(maxRows / 3);
  const bottom = maxRows - top;
  return [...items.slice(0, top), { kind: 'gap', hidden: sorted.length - top - bottom }, ...items.slice(-bottom)];
}
