import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from '@/lib/charts/recharts';
import { chartMargin, gridProps, timeTooltipLabel, timeXAxisProps, valueYAxisProps } from '@/components/chart-axes';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { useEvents } from '@/features/events/api/get-events';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { downsampleRows } from '@/lib/charts/downsample';
import { chartData, type CompareModel } from '../models/compare-model';
import { SeriesSwatch } from './series-swatch';

/** Thin view over compare-model: one line per unit, told apart by colour, dash and the legend. */
export default function CompareChart({ model }: { model: CompareModel }) {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const percent = model.metric === 'percent';
  const format = (v: number) => (percent ? formatPercent(v, lang).replace(/[,.]0%$/, '%') : formatNumber(v, lang));
  const formatFull = (v: number | null) => (v === null ? m.none : percent ? formatPercent(v, lang) : formatNumber(v, lang));
  const height = compact ? 300 : fontSize * 26;
  const summary = model.series.map((s) => m.compareLatest(s.name, formatFull(s.latest))).join(', ');
  const names = new Map(model.series.map((s) => [s.key, s.name]));
  const events = useChartEvents(model.xDomain);
  const hasEvents = (useEvents().data?.events.length ?? 0) > 0;

  return (
    <div className="compare-chart">
      <ul className="compare-legend" role="list">
        {model.series.map((s) => (
          <li key={s.key}>
            <SeriesSwatch style={s} />
            <span className="compare-legend__name">
              {s.name} <span className="compare-legend__value">{formatFull(s.latest)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="chart" role="img" aria-label={m.compareChartLabel(m.metrics[model.metric], summary)}>
        <ResponsiveContainer width="100%" height={height + events.top}>
          <LineChart data={downsampleRows(chartData(model), model.series.map((s) => s.key))} margin={chartMargin(fontSize, events.top)} accessibilityLayer={false}>
            <CartesianGrid {...gridProps} />
            {events.markers}
            <XAxis {...timeXAxisProps(model, lang, fontSize)} />
            <YAxis {...valueYAxisProps([0, model.yMax], format, fontSize, model.yTicks)} allowDecimals />
            {percent ? (
              <ReferenceLine
                y={1}
                stroke={chartColors.target}
                strokeDasharray="6 4"
                strokeWidth={1.5}
                label={{ value: m.targetLine, position: 'insideTopLeft', fill: chartColors.text, fontSize }}
              />
            ) : null}
            <Tooltip
              labelFormatter={timeTooltipLabel(lang)}
              formatter={(value, key) => [formatFull(value === null || value === undefined ? null : Number(value)), names.get(String(key)) ?? String(key)]}
            />
            {model.series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.key}
                type="linear"
                stroke={s.color}
                strokeWidth={2.5}
                strokeDasharray={s.dash}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {hasEvents ? <p className="chart-note">{m.eventsCampaignNote}</p> : null}
      {events.list}
    </div>
  );
}
