/**
 * SVG path data for lines and bands, from points already in pixels. Pure and unit-tested; the chart
 * components only hand the strings to <path d>.
 */

export interface PixelPoint {
  x: number;
  y: number;
}

export type Curve = 'linear' | 'step' | 'monotone';

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A line through the points. `step` holds each value until the next point (a target or a rank between
 * recounts); `monotone` is a smooth curve that never overshoots between points (Fritsch–Carlson, as d3's
 * curveMonotoneX), so a cumulative line never seems to dip.
 */
export function linePath(points: readonly PixelPoint[], curve: Curve = 'linear'): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${r(first!.x)},${r(first!.y)}`;
  if (curve === 'step') {
    for (const p of rest) d += `H${r(p.x)}V${r(p.y)}`;
    return d;
  }
  if (curve === 'monotone' && points.length > 2) return d + monotoneSegments(points);
  for (const p of rest) d += `L${r(p.x)},${r(p.y)}`;
  return d;
}

/** A closed area between an upper and a lower edge over the same x positions (a range band). */
export function bandPath(points: readonly { x: number; y0: number; y1: number }[]): string {
  if (points.length === 0) return '';
  const upper = points.map((p) => `${r(p.x)},${r(p.y1)}`);
  const lower = [...points].reverse().map((p) => `${r(p.x)},${r(p.y0)}`);
  return `M${upper.join('L')}L${lower.join('L')}Z`;
}

/** Cubic segments with d3's monotoneX tangents (Steffen): monotone data gives a monotone curve. */
function monotoneSegments(points: readonly PixelPoint[]): string {
  const n = points.length;
  const secant = (i: number) => {
    const dx = points[i + 1]!.x - points[i]!.x;
    return dx === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / dx;
  };
  const tangents: number[] = [secant(0)];
  for (let i = 1; i < n - 1; i++) {
    const h0 = points[i]!.x - points[i - 1]!.x;
    const h1 = points[i + 1]!.x - points[i]!.x;
    const s0 = secant(i - 1);
    const s1 = secant(i);
    const p = h0 + h1 === 0 ? 0 : (s0 * h1 + s1 * h0) / (h0 + h1);
    tangents.push((Math.sign(s0) + Math.sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0);
  }
  tangents.push(secant(n - 2));
  let d = '';
  for (let i = 0; i < n - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const h = (q.x - p.x) / 3;
    d += `C${r(p.x + h)},${r(p.y + h * tangents[i]!)},${r(q.x - h)},${r(q.y - h * tangents[i + 1]!)},${r(q.x)},${r(q.y)}`;
  }
  return d;
}
