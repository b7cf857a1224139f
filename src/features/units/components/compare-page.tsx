import { lazy, useEffect, useMemo, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { UnitRow } from '../../../../contract/breakdowns';
import type { Timeseries } from '../../../../contract/timeseries';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { ErrorState } from '@/components/error-state';
import { SegmentedControl } from '@/components/segmented-control';
import { Skeleton } from '@/components/skeleton';
import { useChartMetrics } from '@/components/chart-theme';
import { useUnits } from '@/features/breakdowns/api/get-units';
import { formatDate, formatMonth, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { COMPARE_MAX, COMPARE_METRICS, COMPARE_MIN, compareMetricParam, intervalParam, timeRangeParam, type TimeRange } from '@/lib/url-state/params';
import { sliceTimeseries } from '@/features/progress/components/time-range';
import { TimeRangeControl } from '@/features/progress/components/time-range-control';
import { progressMessages } from '@/features/progress/messages';
import { useUnitTimeseriesList } from '../api/get-scope-timeseries';
import { unitsMessages } from '../messages';
import { buildCompareModel, type CompareInput, type CompareModel } from '../models/compare-model';
import { readCompareSelection, writeCompareSelection, type CompareSelection } from '../models/compare-url';
import { Breadcrumbs } from './breadcrumbs';
import { CompareSideBySide } from './compare-side-by-side';
import { UnitPicker } from './unit-picker';
import '../units.css';

const CompareChart = lazy(() => import('./compare-chart'));

/** /bandingkan?unit=1&unit=7 — two to six units on one chart and side by side. */
export function ComparePage() {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const [params, setParams] = useSearchParams();
  const units = useUnits();
  const known = useMemo(() => (units.data ? new Set(units.data.rows.map((r) => r.id)) : undefined), [units.data]);
  const selection = readCompareSelection(params, known);

  // What the address asked for and could not be compared is said once the units are known, and left out
  // of the address (replaced, not a new page), so copying it again gives a clean link.
  const [dropped, setDropped] = useState<CompareSelection['dropped']>([]);
  useEffect(() => {
    if (!known) return;
    const read = readCompareSelection(params, known);
    if (read.dropped.length === 0) return;
    setDropped(read.dropped);
    setParams((current) => writeCompareSelection(current, read.ids), { replace: true, preventScrollReset: true });
  }, [known, params, setParams]);

  const setIds = (ids: readonly number[]) =>
    setParams((current) => writeCompareSelection(current, ids), { replace: true, preventScrollReset: true });

  return (
    <div className="compare-page">
      <Breadcrumbs items={[{ label: m.crumbOverview, to: '/' }, { label: m.crumbUnits, to: '/unit' }, { label: m.crumbCompare }]} />
      <header className="scope-page__head">
        <div>
          <h2 className="scope-page__title">{m.compareTitle}</h2>
          <p className="scope-page__lead">{m.compareLead}</p>
        </div>
      </header>
      {units.data === undefined ? (
        <div className="panel">
          {units.isError && !units.isFetching ? <ErrorState onRetry={() => void units.refetch()} /> : <Skeleton lines={4} />}
        </div>
      ) : (
        <>
          {dropped.length > 0 ? (
            <p className="notice notice--warn" role="status">
              {m.droppedNotice(dropped.map((d) => m.dropReasons[d.reason](d.raw)).join('; '))}
            </p>
          ) : null}
          <section className="panel compare-page__picker" aria-label={m.pickerLabel}>
            <UnitPicker
              units={units.data.rows}
              selectedIds={selection.ids}
              max={COMPARE_MAX}
              onAdd={(id) => setIds([...selection.ids, id])}
              onRemove={(id) => setIds(selection.ids.filter((x) => x !== id))}
            />
          </section>
          {selection.ids.length < COMPARE_MIN ? (
            <p className="notice compare-page__more">{m.needMore(formatNumber(COMPARE_MIN, lang))}</p>
          ) : (
            <CompareBody rows={units.data.rows} ids={selection.ids} />
          )}
        </>
      )}
    </div>
  );
}

function CompareBody({ rows, ids }: { rows: readonly UnitRow[]; ids: readonly number[] }) {
  const m = useMessages(unitsMessages);
  const { t } = useT();
  const { compact } = useChartMetrics();
  const [metric, setMetric] = useUrlParam(compareMetricParam);
  const [interval, setChartInterval] = useUrlParam(intervalParam);
  const [range, setRange] = useUrlParam(timeRangeParam);
  const results = useUnitTimeseriesList(ids, interval);
  const byId = new Map(rows.map((r) => [r.id, r]));

  const ready = results.every((r) => r.data !== undefined);
  const inputs: CompareInput[] | undefined = ready
    ? ids.map((id, i) => ({ id, name: byId.get(id)?.name ?? String(id), timeseries: results[i]!.data as Timeseries }))
    : undefined;
  const query = {
    data: inputs,
    isError: results.some((r) => r.isError),
    isFetching: results.some((r) => r.isFetching),
    // ChartFrame only calls refetch to retry; what it resolves to is not used.
    refetch: (() => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch()))) as unknown as UseQueryResult<CompareInput[]>['refetch'],
  };

  return (
    <>
      <ChartFrame<CompareInput[]>
        title={m.compareChartTitle}
        query={query}
        asOfDate={(list) => list[0]?.timeseries.asOfDate ?? null}
        isEmpty={(list) => list.every((i) => i.timeseries.points.length === 0)}
        chartHeight="24rem"
        controls={
          <>
            <SegmentedControl
              legend={m.metricLabel}
              value={metric}
              options={COMPARE_METRICS.map((value) => ({ value, label: m.metrics[value] }))}
              onChange={setMetric}
            />
            <SegmentedControl
              legend={t.intervalLabel}
              value={interval}
              options={(['day', 'week', 'month'] as const).map((value) => ({ value, label: t.intervals[value] }))}
              onChange={setChartInterval}
            />
            <TimeRangeControl value={range} onChange={setRange} />
          </>
        }
        chart={(list) => {
          const { inputs: cut, from } = sliceInputs(list, range);
          return <CompareChart model={buildCompareModel(cut, metric, { maxTicks: compact ? 4 : 8, from })} />;
        }}
        table={(list) => (
          <CompareTable model={buildCompareModel(sliceInputs(list, range).inputs, metric)} interval={list[0]?.timeseries.interval ?? interval} range={range} />
        )}
      />
      <CompareSideBySide ids={ids} />
    </>
  );
}

/** Every unit's series cut to the same time range (they share the data date). */
function sliceInputs(list: readonly CompareInput[], range: TimeRange): { inputs: CompareInput[]; from: string | null } {
  let from: string | null = null;
  const inputs = list.map((input) => {
    const cut = sliceTimeseries(input.timeseries, range);
    from ??= cut.from;
    return { ...input, timeseries: cut.timeseries };
  });
  return { inputs, from };
}

function CompareTable({ model, interval, range }: { model: CompareModel; interval: Timeseries['interval']; range: TimeRange }) {
  const m = useMessages(unitsMessages);
  const p = useMessages(progressMessages);
  const { t, lang } = useT();
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? m.none : model.metric === 'percent' ? formatPercent(v, lang) : formatNumber(v, lang);
  // Values as they stood at the end of each period.
  const period = (end: string) => (interval === 'month' ? formatMonth(end, lang) : formatDate(end, lang));
  const rows = [...model.rows].reverse();
  return (
    <DataTable
      caption={m.compareTableCaption(m.metrics[model.metric], t.intervals[interval]) + p.rangeSuffix[range]}
      maxHeight="28rem"
      rows={rows}
      rowKey={(r) => String(r.t)}
      columns={[
        { id: 'date', header: t.dateColumn, cell: (r) => period(r.end), rowHeader: true },
        ...model.series.map((s) => ({ id: s.key, header: s.name, cell: (r: (typeof rows)[number]) => value(r.values[s.key]), align: 'end' as const })),
      ]}
    />
  );
}
