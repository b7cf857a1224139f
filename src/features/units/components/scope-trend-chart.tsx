import { useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Timeseries } from '../../../../contract/timeseries';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { useEvents } from '@/features/events/api/get-events';
import { EventList } from '@/features/events/components/event-list';
import { EventMarkers } from '@/features/events/components/event-markers';
import { eventsInDomain, layoutEventLabels } from '@/features/events/models/event-annotations';
import type { PaceModel } from '@/features/pace/pace-model';
import { overlayExtent } from '@/features/pace/projection-overlay';
import { formatChartValue, projectionLayers, useProjectionLabels, useProjectionOverlay } from '@/features/pace/components/projection-layers';
import { buildProgressModel } from '@/features/progress/components/progress-model';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n/use-t';
import { scopeEventEffects } from '../models/scope-events';

interface ScopeTrendChartProps {
  timeseries: Timeseries;
  /** The scope's daily series: its own before/after for each event. */
  daily: Timeseries | undefined;
  pace: PaceModel | null;
}

/**
 * The overview's progress chart for one unit or kecamatan, from the same pieces (progress model,
 * projection band, event markers and list), except that each event's before/after counts the scope's
 * own workers: the campaign's numbers under a unit's chart would mislead.
 */
export default function ScopeTrendChart({ timeseries, daily, pace }: ScopeTrendChartProps) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const model = buildProgressModel(timeseries, { maxTicks: compact ? 4 : 8, ...overlayExtent(timeseries, pace) });
  const projection = useProjectionOverlay(timeseries, pace, model.xDomain, model.rows);
  const projectionLabels = useProjectionLabels(lang);
  const events = useScopeEvents(model.xDomain, daily);
  const n = (value: number) => formatNumber(value, lang);
  const tick = { fontSize, fill: chartColors.axis };
  const height = compact ? 280 : fontSize * 24;

  return (
    <>
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
            <YAxis domain={[0, model.yMax]} tickFormatter={(v: number) => n(v)} tick={tick} width={fontSize * 4} stroke={chartColors.axis} allowDecimals={false} />
            <Tooltip labelFormatter={(ms) => formatDate(msToIsoDate(Number(ms)), lang)} formatter={(value, name) => [formatChartValue(value, lang), name]} />
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
      {events.list}
    </>
  );
}

/** As the events feature's useChartEvents, with each event's effect recounted from the scope's daily series. */
function useScopeEvents(domain: readonly [number, number], daily: Timeseries | undefined) {
  const { compact, fontSize } = useChartMetrics();
  const query = useEvents();
  const [plotWidth, setPlotWidth] = useState(0);
  const [from, to] = domain;
  const data = query.data;
  const points = daily?.points;

  const events = useMemo(() => {
    const all = data?.events ?? [];
    return eventsInDomain(points ? scopeEventEffects(all, points) : all, [from, to]);
  }, [data, points, from, to]);
  const layout = useMemo(
    () => layoutEventLabels(events, { domain: [from, to], plotWidth, fontSize, allowText: !compact, overhang: fontSize }),
    [events, from, to, plotWidth, fontSize, compact],
  );

  return {
    top: layout.stripHeight,
    markers: <EventMarkers key="scope-events" layout={layout} events={events} onPlotWidth={setPlotWidth} />,
    // Until the scope's own series is in, the campaign's numbers would be wrong here: show the list then.
    list: points ? (
      <EventList events={events} headingLevel={4} failed={query.isError && !query.isFetching && data === undefined} onRetry={() => void query.refetch()} />
    ) : null,
  };
}
