/** Round up to a "nice" axis maximum: 11 550 → 12 000, 830 → 1 000, 0.87 → 1. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value - 1e-12) return Number((step * magnitude).toPrecision(12));
  }
  return 10 * magnitude;
}
