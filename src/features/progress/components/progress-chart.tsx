import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Timeseries } from '../../../../contract/timeseries';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n/use-t';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import type { PaceModel } from '@/features/pace/pace-model';
import { overlayExtent } from '@/features/pace/projection-overlay';
import { formatChartValue, projectionLayers, useProjectionLabels, useProjectionOverlay } from '@/features/pace/components/projection-layers';
import { buildProgressModel } from './progress-model';

/** Thin view over progress-model: all numbers come from the model. */
export default function ProgressChart({ timeseries, pace }: { timeseries: Timeseries; pace?: PaceModel | null }) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const model = buildProgressModel(timeseries, { maxTicks: compact ? 4 : 8, ...overlayExtent(timeseries, pace) });
  const projection = useProjectionOverlay(timeseries, pace, model.xDomain, model.rows);
  const projectionLabels = useProjectionLabels(lang);
  const events = useChartEvents(model.xDomain, { asOfDate: timeseries.asOfDate });
  const n = (value: number) => formatNumber(value, lang);
  const tick = { fontSize, fill: chartColors.axis };
  const height = compact ? 280 : fontSize * 24;

  const chart = (
    <div
      className="chart"
      role="img"
      aria-label={t.progressChartLabel(n(model.latest.cumulative), n(model.target), formatDate(model.deadline, lang)) + projectionLabels.summary(pace)}
    >
      <ResponsiveContainer width="100%" height={height + events.top}>
        <ComposedChart data={projection.rows} margin={{ top: fontSize + events.top, right: fontSize * 1.5, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          {events.markers}
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
          <Tooltip
            labelFormatter={(ms) => formatDate(msToIsoDate(Number(ms)), lang)}
            formatter={(value, name) => [formatChartValue(value, lang), name]}
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
          {projectionLayers(projection.overlay, projectionLabels, fontSize)}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
  // The events' list sits outside the role="img" wrapper, so it stays readable.
  return (
    <>
      {chart}
      {events.list}
    </>
  );
}
