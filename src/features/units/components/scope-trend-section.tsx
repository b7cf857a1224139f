import { lazy, useCallback, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CampaignEvent } from '../../../../contract/events';
import type { Interval, Timeseries } from '../../../../contract/timeseries';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { buildPaceModel, isPaceEmpty } from '@/features/pace/pace-model';
import { IntervalControl } from '@/features/progress/components/interval-control';
import { isTimeseriesEmpty } from '@/features/progress/components/progress-model';
import { useSeriesColumns } from '@/features/progress/components/series-columns';
import { sliceTimeseries } from '@/features/progress/components/time-range';
import { TimeRangeControl } from '@/features/progress/components/time-range-control';
import { progressMessages } from '@/features/progress/messages';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import type { TimeRange } from '@/lib/url-state/params';
import { unitsMessages } from '../messages';
import { bucketEnds, targetOn } from '../models/compare-model';
import { scopeEventEffects } from '../models/scope-events';

// The overview's progress chart, with each event's before/after recounted from the scope's own workers.
const ProgressChart = lazy(() => import('@/features/progress/components/progress-chart'));

interface ScopeTrendSectionProps {
  name: string;
  query: UseQueryResult<Timeseries>;
  /** The daily series, for the projection and the events' own before/after. */
  daily: Timeseries | undefined;
  interval: Interval;
  onIntervalChange: (interval: Interval) => void;
  /** How far back the chart and its table look; the projection and the events' numbers stay whole. */
  range: TimeRange;
  onRangeChange: (range: TimeRange) => void;
}

/** Cumulative registrations of one unit or kecamatan against its own target. */
export function ScopeTrendSection({ name, query, daily, interval, onIntervalChange, range, onRangeChange }: ScopeTrendSectionProps) {
  const m = useMessages(unitsMessages);
  const pace = useMemo(() => (daily && !isPaceEmpty(daily) ? buildPaceModel(daily) : null), [daily]);
  const points = daily?.points;
  const recount = useCallback((events: readonly CampaignEvent[]) => scopeEventEffects(events, points ?? []), [points]);
  return (
    <ChartFrame
      title={m.trendTitle}
      headingLevel={3}
      className="scope-page__trend"
      query={query}
      asOfDate={(ts) => ts.asOfDate}
      isEmpty={isTimeseriesEmpty}
      chartHeight="22rem"
      controls={
        <>
          <IntervalControl value={interval} onChange={onIntervalChange} />
          <TimeRangeControl value={range} onChange={onRangeChange} />
        </>
      }
      chart={(ts) => {
        const { timeseries, from } = sliceTimeseries(ts, range);
        return <ProgressChart timeseries={timeseries} pace={pace} from={from} recountEvents={points ? recount : null} eventsHeadingLevel={4} />;
      }}
      table={(ts) => <TrendTable name={name} timeseries={sliceTimeseries(ts, range).timeseries} range={range} />}
    />
  );
}

function TrendTable({ name, timeseries, range }: { name: string; timeseries: Timeseries; range: TimeRange }) {
  const m = useMessages(unitsMessages);
  const p = useMessages(progressMessages);
  const { t, lang } = useT();
  const ends = bucketEnds(timeseries);
  const rows = timeseries.points.map((p, i) => ({ ...p, target: targetOn(timeseries, ends[i]!) })).reverse();
  const seriesColumns = useSeriesColumns<(typeof rows)[number]>(timeseries.interval);
  return (
    <DataTable
      caption={m.trendCaption(name, t.intervals[timeseries.interval]) + p.rangeSuffix[range]}
      maxHeight="28rem"
      rows={rows}
      rowKey={(p) => p.date}
      columns={[
        ...seriesColumns,
        { id: 'target', header: t.targetColumn, cell: (p) => formatNumber(p.target, lang), align: 'end' },
        {
          id: 'progress',
          header: t.progressColumn,
          cell: (p) => (p.target > 0 ? formatPercent(p.cumulative / p.target, lang) : m.none),
          align: 'end',
        },
      ]}
    />
  );
}
