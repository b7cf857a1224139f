/**
 * Retention by registration cohort: of the workers first registered in a month, how many are still covered
 * k months later. Pure: the counts come from GET /coverage (cohorts), this turns them into the triangle the
 * heatmap draws. Dates are contract `YYYY-MM-DD`.
 */

export interface CohortCounts {
  /** First day of the registration month. */
  month: string;
  size: number;
  /** retained[k]: covered at the end of month k after registering (k = 0: the same month), up to asOfDate. */
  retained: readonly number[];
}

export interface RetentionCell {
  monthsSince: number;
  /** The calendar month the cell speaks for (first day). */
  month: string;
  /** null when the data has no count for a month that asOfDate has reached. */
  retained: number | null;
  /** retained / size, never above 1; null with retained, and 0 for an empty cohort. */
  share: number | null;
  /** The asOfDate month: counted on asOfDate, not at the month's end. */
  partial: boolean;
}

export interface RetentionRow {
  cohort: string;
  size: number;
  cells: RetentionCell[];
}

export interface RetentionAverage {
  monthsSince: number;
  /** All cohorts' retained over all their sizes, among the cohorts that have reached this month. */
  share: number;
  cohorts: number;
  retained: number;
  size: number;
}

export interface RetentionTable {
  rows: RetentionRow[];
  /** Columns: 0 .. the oldest cohort's months since registering. */
  columns: number[];
  average: RetentionAverage[];
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** Whole calendar months from `from`'s month to `to`'s month: 2024-01-31 → 2024-02-01 is 1. Negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

/**
 * The triangle: a row per cohort, oldest first, each with a cell for every month from its registration month to
 * the asOfDate month, so its length follows asOfDate and not the data. Counts above the cohort's size are capped
 * (a share never exceeds 100%); cohorts registered after asOfDate are left out.
 */
export function retentionTable(cohorts: readonly CohortCounts[], asOfDate: string): RetentionTable {
  const asOfMonth = monthIndex(asOfDate);
  const rows = [...cohorts]
    .filter((c) => monthIndex(c.month) <= asOfMonth)
    .sort((a, b) => monthIndex(a.month) - monthIndex(b.month))
    .map((c): RetentionRow => {
      const start = monthIndex(c.month);
      const cells: RetentionCell[] = [];
      for (let k = 0; k <= asOfMonth - start; k++) {
        const raw = c.retained[k];
        const retained = raw === undefined ? null : Math.max(0, Math.min(raw, c.size));
        cells.push({
          monthsSince: k,
          month: monthOfIndex(start + k),
          retained,
          share: retained === null ? null : c.size > 0 ? retained / c.size : 0,
          partial: start + k === asOfMonth,
        });
      }
      return { cohort: monthOfIndex(start), size: c.size, cells };
    });

  const longest = Math.max(0, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: longest }, (_, k) => k);
  const average = columns.flatMap((k): RetentionAverage[] => {
    const reached = rows.filter((r) => r.cells[k]?.retained != null && r.size > 0);
    if (reached.length === 0) return [];
    const retained = reached.reduce((sum, r) => sum + r.cells[k]!.retained!, 0);
    const size = reached.reduce((sum, r) => sum + r.size, 0);
    return [{ monthsSince: k, share: retained / size, cohorts: reached.length, retained, size }];
  });
  return { rows, columns, average };
}

/** The columns worth showing: every month, or every `step` months (0, 3, 6, ...) plus the last one. */
export function retentionColumns(table: RetentionTable, step: number): number[] {
  if (step <= 1) return table.columns;
  const last = table.columns.at(-1);
  const picked = table.columns.filter((k) => k % step === 0);
  return last !== undefined && picked.at(-1) !== last ? [...picked, last] : picked;
}
