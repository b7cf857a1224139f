import type { Timeseries } from '../../../../contract/timeseries';
import { isoDateToMs } from '@/lib/dates';
import { buildPaceModel, isPaceEmpty, type PaceModel } from '@/features/pace/pace-model';
import { buildProgressModel, isTimeseriesEmpty, type ProgressChartRow } from '@/features/progress/components/progress-model';

/**
 * The pace slide: registrations so far (weekly), the straight line still needed to the target on the
 * deadline, and the two rates side by side. The chart rows and axis come from the progress chart's model,
 * the rates from the pace model; this only picks what a room needs and where the end labels go.
 */

export interface LabelledPoint {
  t: number;
  value: number;
  date: string;
}

export interface PaceSlideModel {
  rows: ProgressChartRow[];
  xDomain: [number, number];
  xTicks: number[];
  yMax: number;
  yTicks: number[];
  target: number;
  deadline: string;
  /** The newest point, labelled with its value. */
  latest: LabelledPoint;
  /** Where the needed line ends (the target on the deadline); null once reached or past the deadline. */
  goal: LabelledPoint | null;
  pace: PaceModel | null;
}

export const Y_TICK_COUNT = 4;

export function buildPaceSlide(weekly: Timeseries, daily: Timeseries | undefined): PaceSlideModel | null {
  if (isTimeseriesEmpty(weekly)) return null;
  const progress = buildProgressModel(weekly, { maxTicks: 6 });
  const pace = daily && !isPaceEmpty(daily) ? buildPaceModel(daily) : null;
  const step = progress.yMax / Y_TICK_COUNT;
  return {
    rows: progress.rows,
    xDomain: progress.xDomain,
    xTicks: progress.xTicks,
    yMax: progress.yMax,
    yTicks: Array.from({ length: Y_TICK_COUNT + 1 }, (_, i) => Math.round(step * i)),
    target: progress.target,
    deadline: progress.deadline,
    latest: { t: isoDateToMs(progress.latest.end), value: progress.latest.cumulative, date: progress.latest.end },
    goal: progress.neededPerWeek === null ? null : { t: isoDateToMs(progress.deadline), value: progress.target, date: progress.deadline },
    pace,
  };
}
