/**
 * Fewer points for long series, before a chart draws them: an SVG path of 1,100+ daily points costs
 * layout and paint time on a phone and shows nothing a 400-pixel-wide chart can. The table and CSV views
 * keep the full data; only what is drawn is thinned.
 *
 * Min/max per bucket: the rows are cut into equal buckets and, for every series, the row holding its lowest
 * and its highest value in each bucket is kept, plus the first and the last row. Peaks and dips survive
 * exactly (the tallest day is still drawn at its height), which averaging or picking every n-th row would lose.
 */

/** At most this many points per line. */
export const MAX_POINTS_PER_LINE = 1000;

/** The numbers a cell holds: one value, the two ends of a range (an area band), or none. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return [];
}

/**
 * The rows to draw: a subsequence of `rows` (same objects, same order) in which no series in `keys` has
 * more than `maxPoints` values. Rows are returned untouched when there are few enough already.
 */
export function downsampleRows<R extends object>(rows: readonly R[], keys: readonly (keyof R)[], maxPoints = MAX_POINTS_PER_LINE): R[] {
  if (rows.length <= maxPoints || keys.length === 0) return [...rows];
  // Each bucket keeps up to two rows per series; two more for the first and the last row.
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / (2 * keys.length)));
  const keep = new Set<number>([0, rows.length - 1]);
  const size = rows.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(rows.length, Math.floor((b + 1) * size));
    for (const key of keys) {
      let minAt = -1;
      let maxAt = -1;
      let min = Infinity;
      let max = -Infinity;
      for (let i = start; i < end; i++) {
        for (const v of numbersOf(rows[i]![key])) {
          if (v < min) [min, minAt] = [v, i];
          if (v > max) [max, maxAt] = [v, i];
        }
      }
      if (minAt >= 0) keep.add(minAt);
      if (maxAt >= 0) keep.add(maxAt);
    }
  }
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}
