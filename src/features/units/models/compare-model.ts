import type { Timeseries } from '../../../../contract/timeseries';
import { addDays } from '../../../../contract/dates';
import { monthTicks } from '@/features/progress/components/progress-model';
import { isoDateToMs } from '@/lib/dates';
import { niceCeil } from '@/lib/nice-number';
import type { CompareMetric } from '@/lib/url-state/params';

/**
 * The compare chart: each unit's cumulative count, or its % of its own target at that time (the target in
 * force on each date, from targetSteps), on one time axis. Pure.
 */


/**
 * Six lines must stay apart without colour alone: each has its own colour (all at least 3:1 on white) and
 * its own dash pattern, and the legend, end labels and table name them.
 */
export const SERIES_STYLES = [
  { color: '#0a7d3b', dash: undefined },
  { color: '#1b5fd1', dash: '10 5' },
  { color: '#b45309', dash: '3 4' },
  { color: '#7c3aed', dash: '14 4 3 4' },
  { color: '#be123c', dash: '6 3' },
  { color: '#0e7490', dash: '2 2 8 2' },
] as const;

export interface CompareInput {
  id: number;
  name: string;
  timeseries: Timeseries;
}

export interface CompareSeries {
  id: number;
  name: string;
  /** Data key in the chart rows. */
  key: string;
  color: string;
  dash: string | undefined;
  /** The value at the newest point (null when the target is 0 in percent mode). */
  latest: number | null;
}

export interface CompareRow {
  t: number;
  /** Last day the bucket covers (the data date for the newest). */
  end: string;
  values: Record<string, number | null>;
}

export interface CompareModel {
  metric: CompareMetric;
  series: CompareSeries[];
  rows: CompareRow[];
  xDomain: [number, number];
  xTicks: number[];
  yMax: number;
  /** Percent: round steps that include 100%; count: left to the chart. */
  yTicks: number[] | undefined;
}

/** The target in force on `date`: the newest step from on or before it (the first step before any). */
export function targetOn(ts: Pick<Timeseries, 'target' | 'targetSteps'>, date: string): number {
  let target = ts.targetSteps[0]?.target ?? ts.target;
  for (const step of ts.targetSteps) if (step.from <= date) target = step.target;
  return target;
}

/** Each bucket's last day: the day before the next bucket, or the data date for the newest. */
export function bucketEnds(ts: Pick<Timeseries, 'points' | 'asOfDate'>): string[] {
  return ts.points.map((p, i) => {
    const next = ts.points[i + 1];
    const end = next ? addDays(next.date, -1) : (ts.asOfDate ?? p.date);
    return end < p.date ? p.date : end;
  });
}

const PERCENT_STEPS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

export const seriesKey = (id: number) => `u${id}`;

export function buildCompareModel(
  inputs: readonly CompareInput[],
  metric: CompareMetric,
  /** `from`: the first day of a time range (the series already cut to it), where the time axis starts. */
  options: { maxTicks?: number; from?: string | null } = {},
): CompareModel {
  const byT = new Map<number, CompareRow>();
  const series: CompareSeries[] = inputs.map((input, i) => {
    const key = seriesKey(input.id);
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    const ends = bucketEnds(input.timeseries);
    let latest: number | null = null;
    input.timeseries.points.forEach((point, j) => {
      const end = ends[j]!;
      const target = targetOn(input.timeseries, end);
      const value = metric === 'count' ? point.cumulative : target > 0 ? point.cumulative / target : null;
      const t = isoDateToMs(end);
      let row = byT.get(t);
      if (!row) {
        row = { t, end, values: {} };
        byT.set(t, row);
      }
      row.values[key] = value;
      latest = value;
    });
    return { id: input.id, name: input.name, key, color: style.color, dash: style.dash, latest };
  });

  const rows = [...byT.values()].sort((a, b) => a.t - b.t);
  const values = rows.flatMap((r) => Object.values(r.values)).filter((v): v is number => v !== null);
  const first = rows[0]?.end ?? inputs[0]?.timeseries.launchDate ?? '1970-01-01';
  const last = rows.at(-1)?.end ?? first;
  const launch = inputs.map((i) => i.timeseries.launchDate).sort()[0] ?? first;
  const start = options.from ?? (launch < first ? launch : first);
  // Percent: always show the 100% line, and whatever is over it (never clipped).
  const top = Math.max(1, ...values);
  const yMax = metric === 'percent' ? Math.ceil((top * 1.05) / 0.25) * 0.25 : niceCeil(top * 1.05);
  // At most 8 steps, each a round share (25%, 50%, 100%, 200%, ...), so 100% is a tick up to 800%.
  const step = PERCENT_STEPS.find((s) => yMax / s <= 8) ?? Math.ceil(yMax / 8);
  return {
    metric,
    series,
    rows,
    xDomain: [isoDateToMs(start), isoDateToMs(last)],
    xTicks: monthTicks(start, last, options.maxTicks ?? 8),
    yMax,
    yTicks: metric === 'percent' ? Array.from({ length: Math.floor(yMax / step + 1e-9) + 1 }, (_, i) => i * step) : undefined,
  };
}

/** Rows for the chart: one object per date, a field per unit. */
export function chartData(model: CompareModel): Record<string, number | null>[] {
  return model.rows.map((row) => ({ t: row.t, ...row.values }));
}
