import { useMemo, useState, type ReactNode } from 'react';
import type { CampaignEvent } from '../../../../contract/events';
import type { Plot } from '@/components/charts/time-chart';
import { useChartMetrics } from '@/components/chart-theme';
import { useEvents } from '../api/get-events';
import { eventsInDomain, layoutEventLabels } from '../models/event-annotations';
import { EventList } from './event-list';
import { EventMarkers } from './event-markers';

export interface ChartEvents {
  /**
   * TimeChart's `height`, `top` and `layers` for a plot `height` tall: the strip of numbered labels above the plot
   * is added to it, and the markers draw with the chart's scales.
   */
  frame: (height: number) => { height: number; top: number; layers: (plot: Plot) => ReactNode };
  /** Put under the chart, outside its role="img" wrapper. */
  list: ReactNode;
}

/**
 * Campaign events for any chart with a time x-axis in ms (UTC midnights, as src/lib/dates.ts makes):
 *
 *   const events = useChartEvents(model.xDomain, { asOfDate: timeseries.asOfDate });
 *   <TimeChart {...events.frame(height)} ... />
 *   {events.list}
 *
 * Only events inside the domain are drawn; each keeps the number it has everywhere. Phones get numbered
 * badges only: the list under the chart says the rest.
 */
export function useChartEvents(
  domain: readonly [number, number],
  options: {
    /** The data's date (the chart's own asOfDate): events whose 14 days after are still running get no change yet. */
    asOfDate?: string | null;
    headingLevel?: 3 | 4;
    /**
     * Recounts each event's before/after (e.g. for one unit's own workers); must be stable (memoised).
     * `null` while what it needs is loading: markers only, no list, so no wrong numbers show.
     */
    recount?: ((events: readonly CampaignEvent[]) => CampaignEvent[]) | null;
    /** false: numbered labels in the top strip only, for dense charts. */
    lines?: boolean;
  } = {},
): ChartEvents {
  const { compact, fontSize } = useChartMetrics();
  const query = useEvents();
  const [plotWidth, setPlotWidth] = useState(0);
  const [from, to] = domain;
  const data = query.data;

  const { asOfDate, recount } = options;
  const events = useMemo(() => {
    const all = data?.events ?? [];
    return eventsInDomain(recount ? recount(all) : all, [from, to], asOfDate);
  }, [data, from, to, asOfDate, recount]);
  const layout = useMemo(
    () => layoutEventLabels(events, { domain: [from, to], plotWidth, fontSize, allowText: !compact, overhang: fontSize }),
    [events, from, to, plotWidth, fontSize, compact],
  );

  const markers = (plot: Plot) => <EventMarkers key="campaign-events" plot={plot} layout={layout} events={events} onPlotWidth={setPlotWidth} lines={options.lines} />;
  return {
    frame: (height) => ({ height: height + layout.stripHeight, top: layout.stripHeight, layers: markers }),
    list:
      recount === null ? null : (
        <EventList
          events={events}
          failed={query.isError && !query.isFetching && data === undefined}
          onRetry={() => void query.refetch()}
          headingLevel={options.headingLevel}
        />
      ),
  };
}
