import { lazy, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Interval, Timeseries } from '../../../../contract/timeseries';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { SegmentedControl } from '@/components/segmented-control';
import { buildPaceModel, isPaceEmpty } from '@/features/pace/pace-model';
import { isTimeseriesEmpty } from '@/features/progress/components/progress-model';
import { formatDate, formatMonth, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { bucketEnds, targetOn } from '../models/compare-model';

const ScopeTrendChart = lazy(() => import('./scope-trend-chart'));

interface ScopeTrendSectionProps {
  name: string;
  query: UseQueryResult<Timeseries>;
  /** The daily series, for the projection and the events' own before/after. */
  daily: Timeseries | undefined;
  interval: Interval;
  onIntervalChange: (interval: Interval) => void;
}

/** Cumulative registrations of one unit or kecamatan against its own target. */
export function ScopeTrendSection({ name, query, daily, interval, onIntervalChange }: ScopeTrendSectionProps) {
  const m = useMessages(unitsMessages);
  const { t } = useT();
  const pace = useMemo(() => (daily && !isPaceEmpty(daily) ? buildPaceModel(daily) : null), [daily]);
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
        <SegmentedControl
          legend={t.intervalLabel}
          value={interval}
          options={(['day', 'week', 'month'] as const).map((value) => ({ value, label: t.intervals[value] }))}
          onChange={onIntervalChange}
        />
      }
      chart={(ts) => <ScopeTrendChart timeseries={ts} daily={daily} pace={pace} />}
      table={(ts) => <TrendTable name={name} timeseries={ts} />}
    />
  );
}

function TrendTable({ name, timeseries }: { name: string; timeseries: Timeseries }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const ends = bucketEnds(timeseries);
  const period = (date: string) =>
    timeseries.interval === 'day' ? formatDate(date, lang)
    : timeseries.interval === 'week' ? t.weekOf(formatDate(date, lang))
    : formatMonth(date, lang);
  const rows = timeseries.points.map((p, i) => ({ ...p, target: targetOn(timeseries, ends[i]!) })).reverse();
  return (
    <DataTable
      caption={m.trendCaption(name, t.intervals[timeseries.interval])}
      maxHeight="28rem"
      rows={rows}
      rowKey={(p) => p.date}
      columns={[
        { id: 'period', header: t.periodColumn, cell: (p) => period(p.date), rowHeader: true },
        { id: 'new', header: t.newColumn, cell: (p) => formatNumber(p.new, lang), align: 'end' },
        { id: 'cumulative', header: t.cumulativeColumn, cell: (p) => formatNumber(p.cumulative, lang), align: 'end' },
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
