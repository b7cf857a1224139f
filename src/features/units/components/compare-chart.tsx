import { useMemo } from 'react';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { dayLabel, monthAxis, TimeChart, type ReferenceLine, type TimeSeries } from '@/components/charts/time-chart';
import { useEvents } from '@/features/events/api/get-events';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { downsampleRows } from '@/lib/charts/downsample';
import { chartData, type CompareModel } from '../models/compare-model';
import { SeriesSwatch } from './series-swatch';

type CompareChartRow = Record<string, number | null> & { t: number };

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
  const events = useChartEvents(model.xDomain);
  const hasEvents = (useEvents().data?.events.length ?? 0) > 0;

  const rows = useMemo(
    () => downsampleRows(chartData(model), model.series.map((s) => s.key)) as CompareChartRow[],
    [model],
  );
  const series = useMemo<TimeSeries[]>(
    () => model.series.map((s) => ({ key: s.key, name: s.name, color: s.color, dash: s.dash, strokeWidth: 2.5 })),
    [model.series],
  );
  const references: ReferenceLine[] = percent
    ? [{ y: 1, color: chartColors.target, dash: '6 4', strokeWidth: 1.5, label: m.targetLine, labelColor: chartColors.text, labelAt: 'start' }]
    : [];

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
        <TimeChart
          rows={rows}
          series={series}
          {...events.frame(height)}
          fontSize={fontSize}
          x={monthAxis(model.xDomain, model.xTicks, lang)}
          y={{ domain: [0, model.yMax], ticks: model.yTicks, format, width: fontSize * 4 }}
          references={references}
          tooltip={{ label: dayLabel(lang), value: (v) => formatFull(typeof v === 'number' ? v : null) }}
        />
      </div>
      {hasEvents ? <p className="chart-note">{m.eventsCampaignNote}</p> : null}
      {events.list}
    </div>
  );
}
