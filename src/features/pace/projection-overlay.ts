import type { Timeseries } from '../../../contract/timeseries';
import { isoDateToMs } from '@/lib/dates';
import type { PaceModel } from './pace-model';

/**
 * What the progress chart adds for pace, computed without a DOM: the target as a step line over time
 * (targets change, and a change must show), the projection band (slowest..fastest of the three rates),
 * the likely line (28-day rate) from the data date until it reaches the target, and the milestone lines.
 */

export interface OverlayRow {
  t: number;
  /** Target in force from this date (step line). */
  target?: number;
  /** Likely projection. */
  projection?: number;
  /** Band edges [slowest, fastest]. */
  band?: [number, number];
}

export interface MilestoneLine {
  percent: number;
  value: number;
  reached: boolean;
}

export interface ProjectionOverlay {
  rows: OverlayRow[];
  milestoneLines: MilestoneLine[];
  /** Last date the chart must reach to show the overlay. */
  xEnd: string;
  /** The deadline (ms), marked as a vertical line; null without a pace model. */
  deadline: number | null;
  /** Highest value the overlay draws. */
  maxValue: number;
  /** The target steps drawn (from the series, or the current target from launch when none are sent). */
  steps: { from: string; target: number }[];
}

export function targetSteps(ts: Pick<Timeseries, 'targetSteps' | 'target' | 'launchDate'>): { from: string; target: number }[] {
  const steps = [...(ts.targetSteps ?? [])].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return steps.length > 0 ? steps : [{ from: ts.launchDate, target: ts.target }];
}

/**
 * @param ts the series the chart draws (any interval)
 * @param pace the daily pace model, or null while it loads / when there is nothing to project
 * @param xStart / xEnd the chart's own x range (dates); the overlay may push xEnd later
 */
export function buildProjectionOverlay(
  ts: Pick<Timeseries, 'targetSteps' | 'target' | 'launchDate'>,
  pace: PaceModel | null,
  xStart: string,
  xEnd: string,
): ProjectionOverlay {
  const end = pace && pace.chartEnd > xEnd ? pace.chartEnd : xEnd;
  const rows = new Map<number, OverlayRow>();
  const row = (date: string) => {
    const t = isoDateToMs(date);
    let r = rows.get(t);
    if (!r) rows.set(t, (r = { t }));
    return r;
  };

  const steps = targetSteps(ts).filter((s) => s.from <= end);
  // A step from before the chart starts holds from the chart's first day.
  const visible = steps.filter((s, i) => s.from >= xStart || steps[i + 1] === undefined || steps[i + 1]!.from > xStart);
  for (const s of visible) row(s.from < xStart ? xStart : s.from).target = s.target;
  const lastStep = visible.at(-1);
  if (lastStep) row(end).target = lastStep.target;

  let maxValue = Math.max(0, ...visible.map((s) => s.target));
  if (pace) {
    for (const p of pace.range.band) {
      const r = row(p.date);
      if (p.likely !== undefined) r.projection = p.likely;
      if (p.low !== undefined && p.high !== undefined) r.band = [p.low, p.high];
      maxValue = Math.max(maxValue, p.high ?? 0, p.likely ?? 0);
    }
  }

  // 25/50/75/100%, and the ones past 100% already reached: never the next unreached one above the target.
  const milestoneLines: MilestoneLine[] = (pace?.milestones.milestones ?? [])
    .filter((m) => m.percent <= 100 || m.reached)
    .map((m) => ({ percent: m.percent, value: m.threshold, reached: m.reached }));
  for (const m of milestoneLines) maxValue = Math.max(maxValue, m.value);

  return {
    rows: [...rows.values()].sort((a, b) => a.t - b.t),
    milestoneLines,
    xEnd: end,
    deadline: pace ? isoDateToMs(pace.deadline) : null,
    maxValue,
    steps: visible,
  };
}

/** How far the chart must reach for the overlay, before its x range is known (avoids a second pass). */
export function overlayExtent(ts: Pick<Timeseries, 'targetSteps' | 'target' | 'launchDate'>, pace: PaceModel | null | undefined): { extendTo?: string; yAtLeast: number } {
  const values = [
    ...targetSteps(ts).map((s) => s.target),
    ...(pace?.range.band ?? []).map((p) => Math.max(p.high ?? 0, p.likely ?? 0)),
    ...(pace?.milestones.milestones ?? []).filter((m) => m.percent <= 100 || m.reached).map((m) => m.threshold),
  ];
  return { extendTo: pace?.chartEnd, yAtLeast: Math.max(0, ...values) };
}

/** Rows of two series on one time axis: rows at the same instant are merged, the result sorted by time. */
export function mergeRows<A extends { t: number }, B extends { t: number }>(a: readonly A[], b: readonly B[]): (Partial<A> & Partial<B> & { t: number })[] {
  type Row = Partial<A> & Partial<B> & { t: number };
  const byT = new Map<number, Row>();
  for (const r of [...a, ...b] as unknown as Row[]) byT.set(r.t, { ...byT.get(r.t), ...r });
  return [...byT.values()].sort((x, y) => x.t - y.t);
}
