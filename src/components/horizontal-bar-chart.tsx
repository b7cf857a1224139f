import { linearScale, linearTicks } from '@/lib/charts/scale';
import { chartColors, useChartMetrics } from './chart-theme';
import { CHAR_WIDTH_EM, textWidth, wrapLabel } from './chart-text';
import { useWidth } from './charts/use-width';
import './charts/charts.css';
import './charts/bar-chart.css';

/**
 * Ranked categories as horizontal bars, drawn as plain SVG: names on the left, one bar per row with its value
 * at the end, a number axis below, optional dashed reference lines (50 %, target).
 */

export interface BarDatum {
  key: string;
  label: string;
  /** null draws no bar: a spacer row such as "… 40 more". */
  value: number | null;
  valueLabel: string;
  color: string;
  emphasis?: boolean;
}

interface HorizontalBarChartProps {
  data: readonly BarDatum[];
  ariaLabel: string;
  domainMax: number;
  tickFormatter: (value: number) => string;
  references?: readonly { value: number; label: string }[];
}

/** Height of the number axis under the plot (tick, gap, one line of text). */
const AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Share of a row left empty above and below its bar. */
const ROW_GAP = 0.2;

export function HorizontalBarChart({ data, ariaLabel, domainMax, tickFormatter, references = [] }: HorizontalBarChartProps) {
  const { compact, fontSize } = useChartMetrics();
  const [ref, width] = useWidth<HTMLDivElement>();
  const longestLabel = Math.max(...data.map((d) => textWidth(d.label, fontSize)));
  const labelWidth = Math.min(longestLabel + 12, compact ? 140 : fontSize * 17);
  // Long names wrap onto a second line rather than being cut, so rows need room for two lines.
  const wraps = longestLabel + 12 > labelWidth;
  const rowHeight = Math.round(fontSize * (wraps ? 2.9 : 2.2));
  const height = data.length * rowHeight + fontSize * 4;
  const valueWidth = Math.max(...data.map((d) => textWidth(d.valueLabel, fontSize))) + 12;

  const left = labelWidth;
  const top = fontSize * 1.4;
  const right = Math.max(left + 10, width - valueWidth);
  const bottom = Math.max(top + 10, height - AXIS_HEIGHT);
  // A value past domainMax widens the axis rather than running out of the plot.
  const max = Math.max(domainMax, ...data.map((d) => d.value ?? 0));
  const x = linearScale([0, max], [left, right]);
  const ticks = linearTicks(0, max, compact ? 3 : 5);
  const band = data.length > 0 ? (bottom - top) / data.length : 0;
  const barHeight = Math.max(1, Math.floor(band * (1 - 2 * ROW_GAP)));
  const labelChars = Math.floor((labelWidth - 8) / (fontSize * CHAR_WIDTH_EM));
  // A reference outside the axis is left out rather than drawn over the labels.
  const refs = references.filter((r) => r.value >= 0 && r.value <= max);

  return (
    <div className="chart" role="img" aria-label={ariaLabel}>
      <div className="chart-plot bar-chart" ref={ref}>
        <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          <g className="chart-grid">
            {ticks.map((v) => (
              <line key={v} x1={x(v)} x2={x(v)} y1={top} y2={bottom} stroke={chartColors.grid} />
            ))}
          </g>
          <g className="chart-bars">
            {data.map((d, i) =>
              d.value === null ? null : (
                <rect
                  key={d.key}
                  className="chart-bar"
                  x={x(0)}
                  y={top + i * band + (band - barHeight) / 2}
                  width={Math.max(0, x(Math.max(0, d.value)) - x(0))}
                  height={barHeight}
                  fill={d.color}
                />
              ),
            )}
          </g>
          {refs.map((r) => (
            <line
              key={r.label}
              className="chart-reference"
              x1={x(r.value)}
              x2={x(r.value)}
              y1={top}
              y2={bottom}
              stroke={chartColors.target}
              strokeDasharray="4 4"
            />
          ))}
          <g className="chart-axis chart-axis--x" fontSize={fontSize} fill={chartColors.axis}>
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={chartColors.axis} />
            {ticks.map((v) => (
              <g key={v}>
                <line x1={x(v)} x2={x(v)} y1={bottom} y2={bottom + TICK_SIZE} stroke={chartColors.axis} />
                <text x={x(v)} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle">
                  {tickFormatter(v)}
                </text>
              </g>
            ))}
          </g>
          <g className="chart-axis chart-axis--y">
            {data.map((d, i) => (
              <CategoryLabel key={d.key} datum={d} x={left - 14} y={top + (i + 0.5) * band} maxChars={labelChars} fontSize={fontSize} />
            ))}
          </g>
          <g className="chart-values">
            {data.map((d, i) =>
              d.value === null || d.valueLabel === '' ? null : (
                <text
                  key={d.key}
                  className="chart-value"
                  x={x(Math.max(0, d.value)) + 5}
                  y={top + (i + 0.5) * band}
                  dy="0.355em"
                  fontSize={fontSize}
                  fill={chartColors.text}
                >
                  {d.valueLabel}
                </text>
              ),
            )}
          </g>
          {refs.map((r) => (
            <text
              key={r.label}
              className="chart-reference__label"
              x={x(r.value)}
              y={top - 5}
              textAnchor="middle"
              fontSize={fontSize * 0.9}
              fill={chartColors.text}
            >
              {r.label}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}

function CategoryLabel({ datum, x, y, maxChars, fontSize }: { datum: BarDatum; x: number; y: number; maxChars: number; fontSize: number }) {
  const lines = wrapLabel(datum.label, maxChars);
  const lineHeight = 1.15;
  return (
    <text
      className="chart-category"
      x={x}
      y={y}
      textAnchor="end"
      fontSize={fontSize}
      fontWeight={datum.emphasis ? 700 : 400}
      fill={datum.value === null ? chartColors.axis : chartColors.text}
    >
      {lines.length > 1 || lines[0] !== datum.label ? <title>{datum.label}</title> : null}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - ((lines.length - 1) * lineHeight) / 2}em` : `${lineHeight}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
