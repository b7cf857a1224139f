import type { CampaignEvent } from '../../../../contract/events';
import type { Timeseries } from '../../../../contract/timeseries';
import { dayLabel, monthAxis, TimeChart, type TimeSeries } from '@/components/charts/time-chart';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { downsampleRows } from '@/lib/charts/downsample';
import { formatDate, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import type { PaceModel } from '@/features/pace/pace-model';
import { overlayExtent } from '@/features/pace/projection-overlay';
import { formatChartValue, projectionLayers, useProjectionLabels, useProjectionOverlay } from '@/features/pace/components/projection-layers';
import { buildProgressModel } from './progress-model';

interface ProgressChartProps {
  timeseries: Timeseries;
  pace?: PaceModel | null;
  /**
   * For one unit or kecamatan: recounts each event's before/after from its own workers (memoised), or
   * `null` while its daily series loads (markers only, no list). Omitted: the campaign's own numbers.
   */
  recountEvents?: ((events: readonly CampaignEvent[]) => CampaignEvent[]) | null;
  eventsHeadingLevel?: 3 | 4;
  /** First day of a time range: the x-axis starts here (the series is already cut to it). */
  from?: string | null;
}

/** Thin view over progress-model: all numbers come from the model. Serves the overview and every unit/kecamatan page. */
export default function ProgressChart({ timeseries, pace, recountEvents, eventsHeadingLevel, from }: ProgressChartProps) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const model = buildProgressModel(timeseries, { maxTicks: compact ? 4 : 8, ...overlayExtent(timeseries, pace), from });
  const projection = useProjectionOverlay(timeseries, pace, model.xDomain, model.rows);
  // A daily series over years has more points than a phone has pixels: draw at most ~1,000 per line (the table keeps all).
  const drawn = downsampleRows(projection.rows, ['cumulative', 'pace', 'band', 'target', 'projection']);
  const projectionLabels = useProjectionLabels(lang);
  const events = useChartEvents(model.xDomain, { asOfDate: timeseries.asOfDate, recount: recountEvents, headingLevel: eventsHeadingLevel });
  const n = (value: number) => formatNumber(value, lang);
  // The legend now sits below the drawing, outside this height.
  const height = (compact ? 280 : fontSize * 24) - fontSize * 2;

  const layers = projectionLayers(projection.overlay, projectionLabels);
  const series: TimeSeries[] = [
    { key: 'cumulative', name: t.seriesCumulative, curve: 'monotone', color: chartColors.primary, strokeWidth: 3 },
    { key: 'pace', name: t.seriesPace, color: chartColors.pace, strokeWidth: 2.5, dash: '8 5' },
    ...layers.series,
  ];

  const chart = (
    <div
      className="chart"
      role="img"
      aria-label={t.progressChartLabel(n(model.latest.cumulative), n(model.target), formatDate(model.deadline, lang)) + projectionLabels.summary(pace)}
    >
      <TimeChart
        rows={drawn}
        series={series}
        {...events.frame(height)}
        fontSize={fontSize}
        x={monthAxis(model.xDomain, model.xTicks, lang)}
        y={{ domain: [0, model.yMax], format: n, width: fontSize * 4 }}
        references={layers.references}
        legend
        tooltip={{ label: dayLabel(lang), value: (value) => formatChartValue(value, lang) }}
      />
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
