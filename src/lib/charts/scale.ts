/**
 * Scales and ticks for the app's SVG charts: pure functions, no DOM. A scale maps a data value to a pixel
 * and back (for the pointer); ticks are round numbers a reader can add up in their head.
 */

export interface Scale {
  (value: number): number;
  invert: (pixel: number) => number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Linear map of `domain` onto `range`; a reversed range (or `reversed`) puts the smallest value at the far end. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as Scale;
  scale.invert = (pixel: number) => (r1 === r0 ? d0 : d0 + ((pixel - r0) / (r1 - r0)) * span);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** A round step for about `count` intervals over `span`: 12 000 / 5 → 2 500; 0.3 / 4 → 0.1. */
export function tickStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= raw - 1e-12) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Round ticks inside [min, max], about `count` of them. `integer` keeps steps of at least 1 (counts of
 * workers have no halves).
 */
export function linearTicks(min: number, max: number, count = 5, { integer = false } = {}): number[] {
  if (!(max > min)) return [min];
  let step = tickStep(max - min, count);
  if (integer) step = Math.max(1, Math.round(step));
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** The index of the row whose `t` is nearest to `t` (rows sorted by t); -1 for no rows. */
export function nearestIndex(rows: readonly { t: number }[], t: number): number {
  if (rows.length === 0) return -1;
  let lo = 0;
  let hi = rows.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.t <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(rows[hi]!.t - t) < Math.abs(rows[lo]!.t - t) ? hi : lo;
}
