/** One entry of a chart's legend: a swatch drawn like the series (a line with its dashes, or a square) and its name. */
export interface LegendItem {
  name: string;
  color: string;
  shape: 'line' | 'square';
  dash?: string;
  linecap?: 'round';
  opacity?: number;
}

/** The legend under a chart, in HTML so it wraps on a phone; PNG export redraws it as SVG (png-svg.ts). */
export function ChartLegend({ items, fontSize }: { items: readonly LegendItem[]; fontSize: number }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" style={{ fontSize }}>
      {items.map((item) => (
        <li key={item.name} className="chart-legend__item">
          <svg width={22} height={12} aria-hidden="true" focusable="false">
            {item.shape === 'square' ? (
              <rect x={5} y={0} width={12} height={12} fill={item.color} fillOpacity={item.opacity ?? 1} />
            ) : (
              <line x1={1} x2={21} y1={6} y2={6} stroke={item.color} strokeWidth={3} strokeDasharray={item.dash} strokeLinecap={item.linecap} />
            )}
          </svg>
          <span className="chart-legend__text">{item.name}</span>
        </li>
      ))}
    </ul>
  );
}
