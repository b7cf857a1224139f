import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from '@/lib/charts/recharts';
import { chartColors, useChartMetrics } from './chart-theme';
import { CHAR_WIDTH_EM, textWidth, wrapLabel } from './chart-text';

// Imported only by lazily loaded chart modules, so recharts stays out of the first paint.

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

export function HorizontalBarChart({ data, ariaLabel, domainMax, tickFormatter, references = [] }: HorizontalBarChartProps) {
  const { compact, fontSize } = useChartMetrics();
  const longestLabel = Math.max(...data.map((d) => textWidth(d.label, fontSize)));
  const labelWidth = Math.min(longestLabel + 12, compact ? 140 : fontSize * 17);
  // Long names wrap onto a second line rather than being cut, so rows need room for two lines.
  const wraps = longestLabel + 12 > labelWidth;
  const rowHeight = Math.round(fontSize * (wraps ? 2.9 : 2.2));
  const height = data.length * rowHeight + fontSize * 4;
  const valueWidth = Math.max(...data.map((d) => textWidth(d.valueLabel, fontSize))) + 12;
  const byKey = new Map(data.map((d) => [d.key, d]));

  return (
    <div className="chart" role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: fontSize * 1.4, right: valueWidth, bottom: 0, left: 0 }}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={chartColors.grid} />
          <XAxis
            type="number"
            domain={[0, domainMax]}
            tickFormatter={tickFormatter}
            tick={{ fontSize, fill: chartColors.axis }}
            stroke={chartColors.axis}
            tickCount={compact ? 3 : 5}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={labelWidth}
            interval={0}
            tickLine={false}
            axisLine={false}
            tick={(props: YAxisTickContentProps) => (
              <CategoryTick
                x={Number(props.x)}
                y={Number(props.y)}
                datum={byKey.get(String(props.payload?.value))}
                width={labelWidth}
                fontSize={fontSize}
              />
            )}
          />
          {references.map((ref) => (
            <ReferenceLine
              key={ref.label}
              x={ref.value}
              stroke={chartColors.target}
              strokeDasharray="4 4"
              label={{ value: ref.label, position: 'top', fill: chartColors.text, fontSize: fontSize * 0.9 }}
            />
          ))}
          <Bar
            dataKey="value"
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as BarDatum | undefined)?.color} />}
          >
            <LabelList dataKey="valueLabel" position="right" fill={chartColors.text} fontSize={fontSize} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function CategoryTick({ x, y, datum, width, fontSize }: { x: number; y: number; datum: BarDatum | undefined; width: number; fontSize: number }) {
  if (!datum) return null;
  const lines = wrapLabel(datum.label, Math.floor((width - 8) / (fontSize * CHAR_WIDTH_EM)));
  const lineHeight = 1.15;
  return (
    <text
      x={x - 6}
      y={y}
      textAnchor="end"
      fontSize={fontSize}
      fontWeight={datum.emphasis ? 700 : 400}
      fill={datum.value === null ? chartColors.axis : chartColors.text}
    >
      {lines.length > 1 || lines[0] !== datum.label ? <title>{datum.label}</title> : null}
      {lines.map((line, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? `${0.35 - ((lines.length - 1) * lineHeight) / 2}em` : `${lineHeight}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
