import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Timeseries } from '../../../../contract/timeseries';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n/use-t';
import { buildProgressModel } from './progress-model';

/** Thin view over progress-model: all numbers come from the model. */
export default function ProgressChart({ timeseries }: { timeseries: Timeseries }) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const model = buildProgressModel(timeseries, { maxTicks: compact ? 4 : 8 });
  const n = (value: number) => formatNumber(value, lang);
  const tick = { fontSize, fill: chartColors.axis };
  const height = compact ? 280 : fontSize * 24;

  return (
    <div
      className="chart"
      role="img"
      aria-label={t.progressChartLabel(n(model.latest.cumulative), n(model.target), formatDate(model.deadline, lang))}
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={model.rows} margin={{ top: fontSize, right: fontSize * 1.5, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={model.xDomain}
            ticks={model.xTicks}
            tickFormatter={(ms: number) => formatMonth(msToIsoDate(ms), lang)}
            tick={tick}
            stroke={chartColors.axis}
          />
          <YAxis
            domain={[0, model.yMax]}
            tickFormatter={(v: number) => n(v)}
            tick={tick}
            width={fontSize * 4}
            stroke={chartColors.axis}
            allowDecimals={false}
          />
          <ReferenceLine
            y={model.target}
            stroke={chartColors.target}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{ value: `${t.seriesTarget} ${n(model.target)}`, position: 'insideTopLeft', fill: chartColors.text, fontSize }}
          />
          <Tooltip
            labelFormatter={(ms) => formatDate(msToIsoDate(Number(ms)), lang)}
            formatter={(value, name) => [n(Number(value)), name]}
          />
          <Legend wrapperStyle={{ fontSize }} itemSorter={null} />
          <Line
            dataKey="cumulative"
            name={t.seriesCumulative}
            type="monotone"
            stroke={chartColors.primary}
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="pace"
            name={t.seriesPace}
            type="linear"
            stroke={chartColors.pace}
            strokeWidth={2.5}
            strokeDasharray="8 5"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
