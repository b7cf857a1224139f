import { useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import { chartColors } from '@/components/chart-theme';
import { bandPath, linePath, type Curve } from '@/lib/charts/paths';
import { msToIsoDate } from '@/lib/dates';
import { formatDate, formatMonth } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { linearScale, linearTicks, nearestIndex, type Scale } from '@/lib/charts/scale';
import { ChartLegend, type LegendItem } from './chart-legend';
import { useWidth } from './use-width';
import './charts.css';

/** The x axis: instants (ms) from `domain[0]` to `domain[1]`, labelled at `ticks`. */
export interface TimeAxis {
  domain: readonly [number, number];
  ticks: readonly number[];
  format: (t: number) => string;
}

/** The axis every campaign chart uses: WIB dates, labelled by month ("Des 2023"). */
export function monthAxis(domain: readonly [number, number], ticks: readonly number[], lang: Lang): TimeAxis {
  return { domain, ticks, format: (ms) => formatMonth(msToIsoDate(ms), lang) };
}

/** The tooltip's heading on that axis: the day under the pointer ("13 Nov 2023"). */
export function dayLabel(lang: Lang): (ms: number) => string {
  return (ms) => formatDate(msToIsoDate(ms), lang);
}

/**
 * The app's chart over time, drawn as plain SVG: a grid, two axes, lines and range bands, reference lines,
 * a legend and a tooltip that follows the pointer. What it draws comes from its props; models (progress,
 * rank history) decide the numbers. Extra layers (campaign events) draw with the same scales.
 */

export interface TimeSeries {
  /** The row field: a number for a line, `[low, high]` for a band; missing values are skipped (joined over). */
  key: string;
  name: string;
  color: string;
  kind?: 'line' | 'band';
  curve?: Curve;
  strokeWidth?: number;
  dash?: string;
  linecap?: 'round';
  /** Band fill opacity. */
  opacity?: number;
  /** A dot on the line at the pointer's row (default: lines yes, bands no). */
  activeDot?: boolean;
}

export interface ReferenceLine {
  /** Vertical line at an x (time) or horizontal line at a y value. */
  x?: number;
  y?: number;
  color: string;
  dash: string;
  strokeWidth?: number;
  label?: string;
  labelColor?: string;
  /** A horizontal line's label sits above it at the plot's right end (default) or left end; a vertical one's at its foot. */
  labelAt?: 'start' | 'end';
}

/** The plot's box and scales, for layers drawn with the chart (event markers). */
export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
  x: Scale;
  y: Scale;
}

export interface TimeChartProps<R extends { t: number }> {
  rows: readonly R[];
  series: readonly TimeSeries[];
  /** Height of the drawing (axes included, legend not). */
  height: number;
  fontSize: number;
  /** Room above the plot, e.g. for the events' strip. */
  top?: number;
  /** Room right of the plot (default: enough for the last x label to overhang). */
  right?: number;
  /** Horizontal grid lines at the y ticks (default true). */
  grid?: boolean;
  x: TimeAxis;
  y: { domain: readonly [number, number]; ticks?: readonly number[]; format: (v: number) => string; width: number; reversed?: boolean };
  references?: readonly ReferenceLine[];
  legend?: boolean;
  tooltip: {
    label: (t: number) => string;
    value: (value: number | readonly number[], series: TimeSeries) => string;
    /** Replaces the list of series values, e.g. only the picked-out lines of a dense chart. */
    content?: (row: R) => ReactNode;
  };
  /** Drawn over the grid, under the series. */
  layers?: (plot: Plot) => ReactNode;
  /** Drawn over the series, e.g. labels at the lines' ends. */
  overlay?: (plot: Plot) => ReactNode;
}

type Value = number | readonly number[];

function valueOf(row: object, key: string): Value | undefined {
  const v = (row as Record<string, unknown>)[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n))) return v as number[];
  return undefined;
}

export function TimeChart<R extends { t: number }>(props: TimeChartProps<R>) {
  const { rows, series, height, fontSize, top = 0, right: rightRoom, grid = true, x, y, references = [], legend = false, tooltip, layers, overlay } = props;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<number | null>(null);

  const axisHeight = fontSize * 2;
  const plot: Plot = useMemo(() => {
    const left = y.width;
    const plotTop = fontSize + top;
    const right = Math.max(left + 10, width - (rightRoom ?? fontSize * 1.5));
    const bottom = Math.max(plotTop + 10, height - 4 - axisHeight);
    return {
      left,
      top: plotTop,
      width: right - left,
      height: bottom - plotTop,
      x: linearScale(x.domain, [left, right]),
      y: linearScale(y.domain, y.reversed ? [plotTop, bottom] : [bottom, plotTop]),
    };
  }, [width, height, fontSize, top, rightRoom, axisHeight, x.domain, y.domain, y.width, y.reversed]);

  const yTicks = y.ticks ?? linearTicks(y.domain[0], y.domain[1], 5, { integer: true });
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;

  const paths = useMemo(
    () =>
      series.map((s) => {
        const points = rows.flatMap((row) => {
          const v = valueOf(row, s.key);
          return v === undefined ? [] : [{ t: row.t, v }];
        });
        if (s.kind === 'band') {
          return bandPath(points.filter((p) => Array.isArray(p.v)).map((p) => ({ x: plot.x(p.t), y0: plot.y((p.v as number[])[0]!), y1: plot.y((p.v as number[])[1]!) })));
        }
        return linePath(points.filter((p) => typeof p.v === 'number').map((p) => ({ x: plot.x(p.t), y: plot.y(p.v as number) })), s.curve);
      }),
    [rows, series, plot],
  );

  const activeRow = active === null ? undefined : rows[active];

  function onPointer(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    if (px < plot.left - 4 || px > right + 4 || rows.length === 0) {
      setActive(null);
      return;
    }
    const index = nearestIndex(rows, plot.x.invert(px));
    setActive(index < 0 ? null : index);
  }

  const legendItems: LegendItem[] = series.map((s) => ({
    name: s.name,
    color: s.color,
    shape: s.kind === 'band' ? 'square' : 'line',
    dash: s.dash,
    linecap: s.linecap,
    opacity: s.kind === 'band' ? Math.max(0.35, s.opacity ?? 0.2) : undefined,
  }));

  const tooltipLines = activeRow
    ? series.flatMap((s) => {
        const v = valueOf(activeRow, s.key);
        return v === undefined ? [] : [{ series: s, text: tooltip.value(v, s) }];
      })
    : [];
  const activeX = activeRow ? plot.x(activeRow.t) : 0;
  const flip = activeX > plot.left + plot.width / 2;

  return (
    <div className="chart-plot time-chart" ref={ref}>
      <svg
        className="chart-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onPointerMove={onPointer}
        onPointerDown={onPointer}
        onPointerLeave={() => setActive(null)}
      >
        {grid ? (
          <g className="chart-grid">
            {yTicks.map((v) => (
              <line key={v} x1={plot.left} x2={right} y1={plot.y(v)} y2={plot.y(v)} stroke={chartColors.grid} />
            ))}
          </g>
        ) : null}
        {layers?.(plot)}
        <g className="chart-axis chart-axis--y" fontSize={fontSize} fill={chartColors.axis}>
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={bottom} stroke={chartColors.axis} />
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={plot.left - 6} x2={plot.left} y1={plot.y(v)} y2={plot.y(v)} stroke={chartColors.axis} />
              <text x={plot.left - 8} y={plot.y(v)} dy="0.35em" textAnchor="end">
                {y.format(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-axis chart-axis--x" fontSize={fontSize} fill={chartColors.axis}>
          <line x1={plot.left} x2={right} y1={bottom} y2={bottom} stroke={chartColors.axis} />
          {x.ticks.map((t) => (
            <g key={t}>
              <line x1={plot.x(t)} x2={plot.x(t)} y1={bottom} y2={bottom + 6} stroke={chartColors.axis} />
              <text x={plot.x(t)} y={bottom + 8} dy="0.71em" textAnchor="middle">
                {x.format(t)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-series">
          {series.map((s, i) =>
            s.kind === 'band' ? (
              <path key={s.key} d={paths[i]} fill={s.color} fillOpacity={s.opacity ?? 0.2} stroke="none" />
            ) : (
              <path
                key={s.key}
                className="chart-line"
                d={paths[i]}
                fill="none"
                stroke={s.color}
                strokeWidth={s.strokeWidth ?? 2}
                strokeDasharray={s.dash}
                strokeLinecap={s.linecap}
                strokeLinejoin="round"
              />
            ),
          )}
        </g>
        {references.map((r) => (
          <Reference key={`${r.x ?? ''}-${r.y ?? ''}-${r.label ?? ''}`} line={r} plot={plot} fontSize={fontSize} />
        ))}
        {overlay?.(plot)}
        {activeRow ? (
          <g className="chart-pointer" pointerEvents="none">
            <line x1={activeX} x2={activeX} y1={plot.top} y2={bottom} stroke={chartColors.axis} strokeOpacity={0.5} />
            {series.map((s) => {
              const v = valueOf(activeRow, s.key);
              if (typeof v !== 'number' || (s.activeDot ?? s.kind !== 'band') === false) return null;
              return <circle key={s.key} cx={activeX} cy={plot.y(v)} r={5} fill={s.color} stroke="#fff" strokeWidth={2} />;
            })}
          </g>
        ) : null}
      </svg>
      {activeRow && (tooltip.content || tooltipLines.length > 0) ? (
        <div
          className="chart-tooltip"
          style={{ fontSize, top: plot.top, ...(flip ? { right: width - activeX + 12 } : { left: activeX + 12 }) }}
          aria-hidden="true"
        >
          <p className="chart-tooltip__label">{tooltip.label(activeRow.t)}</p>
          {tooltip.content ? (
            tooltip.content(activeRow)
          ) : (
            <ul>
              {tooltipLines.map(({ series: s, text }) => (
                <li key={s.key} style={{ color: s.color === chartColors.target ? chartColors.text : s.color }}>
                  {s.name}: {text}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {legend ? <ChartLegend items={legendItems} fontSize={fontSize} /> : null}
    </div>
  );
}

function Reference({ line, plot, fontSize }: { line: ReferenceLine; plot: Plot; fontSize: number }) {
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  const text = (x: number, yy: number, anchor: 'start' | 'end') =>
    line.label ? (
      <text className="chart-reference__label" x={x} y={yy} textAnchor={anchor} fontSize={fontSize * 0.9} fill={line.labelColor ?? chartColors.text}>
        {line.label}
      </text>
    ) : null;
  if (line.x !== undefined) {
    const px = plot.x(line.x);
    if (px < plot.left - 0.5 || px > right + 0.5) return null;
    return (
      <g className="chart-reference">
        <line x1={px} x2={px} y1={plot.top} y2={bottom} stroke={line.color} strokeDasharray={line.dash} strokeWidth={line.strokeWidth ?? 1} />
        {text(px + 5, bottom - 5, 'start')}
      </g>
    );
  }
  if (line.y === undefined) return null;
  const py = plot.y(line.y);
  return (
    <g className="chart-reference">
      <line x1={plot.left} x2={right} y1={py} y2={py} stroke={line.color} strokeDasharray={line.dash} strokeWidth={line.strokeWidth ?? 1} />
      {line.labelAt === 'start' ? text(plot.left + 5, py - 5, 'start') : text(right - 5, py - 5, 'end')}
    </g>
  );
}
