/**
 * Geometry of the page's static SVG charts, without any markup: pure and unit-tested.
 *
 * The charts have no viewBox: x is written in percent of the chart's width and y in pixels, so the SVG
 * stretches to any screen while its text keeps its size (a scaled viewBox would shrink labels to nothing on
 * a phone). Only the data line needs a scaled coordinate system; it lives in an inner SVG whose x runs 0..1000.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  label: string;
}

/** A round step for about `count` intervals up to `max`: 11 000 / 4 → 3 000; 830 / 4 → 250. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= raw - 1e-9) return Math.max(1, step * magnitude);
  }
  return 10 * magnitude;
}

/** Ticks from 0 to the first multiple of the step at or above `max`. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export interface Frame {
  /** Total height of the SVG in pixels. */
  height: number;
  /** Plot area, in pixels from the top. */
  top: number;
  bottom: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** Rank charts: the smallest value at the top. */
  invertY?: boolean;
}

/** x in percent of the width, 0..100, clamped. */
export function xPercent(frame: Frame, x: number): number {
  const span = frame.xMax - frame.xMin;
  const ratio = span > 0 ? (x - frame.xMin) / span : 1;
  return round(Math.max(0, Math.min(1, ratio)) * 100, 2);
}

/** y in pixels from the top of the SVG. */
export function yPixel(frame: Frame, y: number): number {
  const span = frame.yMax - frame.yMin;
  let ratio = span > 0 ? (y - frame.yMin) / span : 0;
  ratio = Math.max(0, Math.min(1, ratio));
  if (frame.invertY) ratio = 1 - ratio;
  return round(frame.bottom - ratio * (frame.bottom - frame.top), 1);
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The `points` of a polyline in the inner SVG (x 0..1000, y in pixels from the plot's top). */
export function polylinePoints(frame: Frame, points: readonly Point[]): string {
  return points.map((p) => `${round(xPercent(frame, p.x) * 10, 1)},${round(yPixel(frame, p.y) - frame.top, 1)}`).join(' ');
}

/** The same line closed down to the x axis, for a light area under it. */
export function areaPoints(frame: Frame, points: readonly Point[]): string {
  if (points.length === 0) return '';
  const base = round(frame.bottom - frame.top, 1);
  const first = round(xPercent(frame, points[0]!.x) * 10, 1);
  const last = round(xPercent(frame, points.at(-1)!.x) * 10, 1);
  return `${first},${base} ${polylinePoints(frame, points)} ${last},${base}`;
}

/**
 * Keeps a long series light: at most `max` points, always the first and the last, evenly picked between.
 * A cumulative line loses nothing visible at this density.
 */
export function thin<T>(points: readonly T[], max = 240): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]!);
  return out;
}

/** Horizontal runs of a step function (a target over time): each step holds until the next one starts. */
export function stepRuns(steps: readonly { from: number; value: number }[], xMin: number, xMax: number): { x1: number; x2: number; value: number }[] {
  const sorted = [...steps].sort((a, b) => a.from - b.from);
  const runs: { x1: number; x2: number; value: number }[] = [];
  sorted.forEach((step, i) => {
    const x1 = Math.max(xMin, step.from);
    const x2 = Math.min(xMax, sorted[i + 1]?.from ?? xMax);
    if (x2 > x1 || (x2 === x1 && i === sorted.length - 1 && runs.length === 0)) runs.push({ x1, x2, value: step.value });
  });
  return runs;
}

export interface Marker {
  x: number;
  /** Row of the marker: 0 on the axis, 1 above it, … so that close markers do not cover each other. */
  level: number;
}

/** Stacks markers whose x positions (percent) are closer than `minGap` to one already placed on a level. */
export function stackMarkers(xs: readonly number[], minGap = 3.5): Marker[] {
  const lastOnLevel: number[] = [];
  return xs.map((x) => {
    let level = 0;
    while (lastOnLevel[level] !== undefined && x - lastOnLevel[level]! < minGap) level++;
    lastOnLevel[level] = x;
    return { x, level };
  });
}
