import { useMemo, useState, type PointerEvent } from 'react';
import { chartColors } from '@/components/chart-theme';
import { textWidth } from '@/components/chart-text';
import { linearScale, linearTicks } from '@/lib/charts/scale';
import { useWidth } from './use-width';
import './charts.css';

/**
 * Vertical bars over categories in order (one per month, say), drawn as plain SVG with the same box, grid and
 * axes as TimeChart. Category labels are thinned from the newest back, so the last one always shows.
 */

export interface Column {
  key: string;
  /** The x-axis label. */
  label: string;
  value: number;
}

export interface ColumnChartProps {
  columns: readonly Column[];
  /** The series' name (tooltip) and colour. */
  name: string;
  color: string;
  /** Height of the drawing, axes included. */
  height: number;
  fontSize: number;
  /** Room right of the plot (default: one font size). */
  right?: number;
  y: { domain: readonly [number, number]; ticks?: readonly number[]; format: (v: number) => string; width: number };
  /** Share of each category's width left empty between bars (default 0.15). */
  gap?: number;
  /** Without it the chart draws no pointer layers. */
  tooltip?: { label: (column: Column) => string; value: (value: number) => string };
}

/** Indices of the labels to show: every `step`-th from the last, so none overlaps the next (at least `minGap` apart). */
export function labelIndices(labels: readonly string[], band: number, fontSize: number, minGap = fontSize * 2): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((l) => textWidth(l, fontSize)));
  const step = Math.max(1, Math.ceil((widest + minGap) / Math.max(1, band)));
  return labels.map((_, i) => i).filter((i) => (labels.length - 1 - i) % step === 0);
}

export function ColumnChart({ columns, name, color, height, fontSize, right: rightRoom, y, gap = 0.15, tooltip }: ColumnChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);

  const left = y.width;
  const top = fontSize;
  const right = Math.max(left + 10, width - (rightRoom ?? fontSize));
  const bottom = Math.max(top + 10, height - 4 - fontSize * 2);
  const band = columns.length > 0 ? (right - left) / columns.length : 0;
  const yScale = useMemo(() => linearScale(y.domain, [bottom, top]), [y.domain, bottom, top]);
  const yTicks = y.ticks ?? linearTicks(y.domain[0], y.domain[1], 5, { integer: true });
  const labelled = labelIndices(columns.map((c) => c.label), band, fontSize);

  function onPointer(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    const index = Math.floor((px - left) / band);
    setActive(band > 0 && px >= left && index >= 0 && index < columns.length ? index : null);
  }

  const activeColumn = tooltip && active !== null ? columns[active] : undefined;
  const activeX = active === null ? 0 : left + band * (active + 0.5);
  const flip = activeX > left + (right - left) / 2;
  const base = yScale(Math.max(y.domain[0], 0));

  return (
    <div className="chart-plot column-chart" ref={ref}>
      <svg
        className="chart-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        {...(tooltip ? { onPointerMove: onPointer, onPointerDown: onPointer, onPointerLeave: () => setActive(null) } : {})}
      >
        <g className="chart-grid">
          {yTicks.map((v) => (
            <line key={v} x1={left} x2={right} y1={yScale(v)} y2={yScale(v)} stroke={chartColors.grid} />
          ))}
        </g>
        {activeColumn ? (
          <g className="chart-pointer" pointerEvents="none">
            <rect x={left + band * active!} y={top} width={band} height={bottom - top} fill={chartColors.grid} />
          </g>
        ) : null}
        <g className="chart-series">
          {columns.map((c, i) => {
            const v = yScale(c.value);
            return (
              <rect
                key={c.key}
                className="chart-bar"
                x={left + band * (i + gap / 2)}
                y={Math.min(v, base)}
                width={Math.max(0, band * (1 - gap))}
                height={Math.abs(base - v)}
                fill={color}
              />
            );
          })}
        </g>
        <g className="chart-axis chart-axis--y" fontSize={fontSize} fill={chartColors.axis}>
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={chartColors.axis} />
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={left - 6} x2={left} y1={yScale(v)} y2={yScale(v)} stroke={chartColors.axis} />
              <text x={left - 8} y={yScale(v)} dy="0.35em" textAnchor="end">
                {y.format(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-axis chart-axis--x" fontSize={fontSize} fill={chartColors.axis}>
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={chartColors.axis} />
          {labelled.map((i) => {
            const cx = left + band * (i + 0.5);
            return (
              <g key={columns[i]!.key}>
                <line x1={cx} x2={cx} y1={bottom} y2={bottom + 6} stroke={chartColors.axis} />
                <text x={cx} y={bottom + 8} dy="0.71em" textAnchor="middle">
                  {columns[i]!.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {activeColumn && tooltip ? (
        <div
          className="chart-tooltip"
          style={{ fontSize, top, ...(flip ? { right: width - activeX + band / 2 + 4 } : { left: activeX + band / 2 + 4 }) }}
          aria-hidden="true"
        >
          <p className="chart-tooltip__label">{tooltip.label(activeColumn)}</p>
          <ul>
            <li style={{ color }}>
              {name}: {tooltip.value(activeColumn.value)}
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
