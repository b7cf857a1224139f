import { lazy } from 'react';
import type { Timeseries } from '../../../../contract/timeseries';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { tableCsv } from '@/components/table-csv';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { intervalParam, timeRangeParam, type TimeRange } from '@/lib/url-state/params';
import { useDailyTimeseries } from '@/features/pace/api/get-daily-timeseries';
import { PaceCaption as ProjectionCaption } from '@/features/pace/components/pace-caption';
import { MilestonesTable, RatesTable } from '@/features/pace/components/pace-tables';
import { buildPaceModel, isPaceEmpty, type PaceModel } from '@/features/pace/pace-model';
import { useTimeseries } from '../api/get-timeseries';
import { progressMessages } from '../messages';
import { IntervalControl } from './interval-control';
import { useSeriesColumns } from './series-columns';
import { buildProgressModel, isTimeseriesEmpty, type ProgressModel } from './progress-model';
import { sliceTimeseries } from './time-range';
import { TimeRangeControl } from './time-range-control';

const ProgressChart = lazy(() => import('./progress-chart'));

export function ProgressSection() {
  const { t } = useT();
  const [interval, setChartInterval] = useUrlParam(intervalParam);
  const [range, setRange] = useUrlParam(timeRangeParam);
  const query = useTimeseries({ interval });
  // Pace and projection always come from the daily series, whatever interval the chart shows.
  const daily = useDailyTimeseries();
  const pace = daily.data && !isPaceEmpty(daily.data) ? buildPaceModel(daily.data) : null;
  const seriesColumns = useSeriesColumns<Timeseries['points'][number]>(query.data?.interval ?? interval);

  return (
    <ChartFrame
      title={t.progressTitle}
      query={query}
      asOfDate={(ts) => ts.asOfDate}
      isEmpty={isTimeseriesEmpty}
      chartHeight="22rem"
      controls={
        <>
          <IntervalControl value={interval} onChange={setChartInterval} />
          <TimeRangeControl value={range} onChange={setRange} />
        </>
      }
      // The outlook is the campaign's, whatever the range shows.
      summary={(ts) => (pace ? <ProjectionCaption pace={pace} /> : <PaceCaption model={buildProgressModel(ts)} />)}
      chart={(ts) => {
        const { timeseries, from } = sliceTimeseries(ts, range);
        return <ProgressChart timeseries={timeseries} pace={pace} from={from} />;
      }}
      table={(ts) => <ProgressTable timeseries={sliceTimeseries(ts, range).timeseries} pace={pace} range={range} />}
      csv={(ts) => tableCsv('progres', seriesColumns, sliceTimeseries(ts, range).timeseries.points)}
    />
  );
}

function PaceCaption({ model }: { model: ProgressModel }) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(Math.round(value), lang);
  if (model.status === 'reached') return <p className="caption">{t.paceReached}</p>;
  if (model.status === 'deadline-passed') return <p className="caption">{t.paceDeadlinePassed}</p>;

  const outlook =
    model.status === 'on-track' ? t.paceOnTrack
    : model.status === 'stalled' || model.projectedDate === null ? t.paceStalled
    : t.paceBehind(formatDate(model.projectedDate, lang));
  return (
    <p className={`caption caption--${model.status}`}>
      <strong>{t.paceNeeded(n(model.neededPerWeek ?? 0), formatDate(model.deadline, lang))}</strong>{' '}
      {t.paceRecent(n(model.recentPerWeek ?? 0), n(model.recentWindowDays))} {outlook}
    </p>
  );
}

function ProgressTable({ timeseries, pace, range }: { timeseries: Timeseries; pace: PaceModel | null; range: TimeRange }) {
  const { t } = useT();
  const m = useMessages(progressMessages);
  const seriesColumns = useSeriesColumns<Timeseries['points'][number]>(timeseries.interval);
  // Newest first: the latest numbers are what people look for.
  const rows = [...timeseries.points].reverse();
  const table = (
    <DataTable
      caption={t.progressTableCaption(t.intervals[timeseries.interval]) + m.rangeSuffix[range]}
      maxHeight="28rem"
      rows={rows}
      rowKey={(p) => p.date}
      columns={seriesColumns}
    />
  );
  if (!pace) return table;
  return (
    <div className="pace-tables">
      <RatesTable model={pace} />
      <MilestonesTable model={pace} />
      {table}
    </div>
  );
}
