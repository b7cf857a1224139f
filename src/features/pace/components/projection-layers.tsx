import type { Timeseries } from '../../../../contract/timeseries';
import type { ReferenceLine, TimeSeries } from '@/components/charts/time-chart';
import { chartColors } from '@/components/chart-theme';
import { formatDate, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n/lang';
import { useMessages } from '@/lib/i18n/define-messages';
import { paceMessages } from '../messages';
import type { PaceModel } from '../pace-model';
import { buildProjectionOverlay, mergeRows, type ProjectionOverlay } from '../projection-overlay';

/** Milestone lines: quieter than the target, still 3:1 against white. */
const MILESTONE_COLOR = '#7c8694';

/**
 * The pace overlay for a time chart: computes it against the chart's own x range and merges its rows into
 * the chart's rows; `projectionLayers` says how TimeChart draws them.
 */
export function useProjectionOverlay<R extends { t: number }>(
  ts: Pick<Timeseries, 'targetSteps' | 'target' | 'launchDate'>,
  pace: PaceModel | null | undefined,
  xDomain: readonly [number, number],
  rows: readonly R[],
) {
  const overlay = buildProjectionOverlay(ts, pace ?? null, msToIsoDate(xDomain[0]), msToIsoDate(xDomain[1]));
  return { overlay, rows: mergeRows(rows, overlay.rows) };
}

/** The overlay's series (likely range, target, projection) and reference lines (deadline, milestones) for TimeChart. */
export function projectionLayers(overlay: ProjectionOverlay, labels: ProjectionLabels): { series: TimeSeries[]; references: ReferenceLine[] } {
  return {
    series: [
      { key: 'band', name: labels.band, kind: 'band', color: chartColors.primary, opacity: 0.14 },
      { key: 'target', name: labels.target, curve: 'step', color: chartColors.target, strokeWidth: 2, dash: '6 4', activeDot: false },
      { key: 'projection', name: labels.projection, color: chartColors.primary, strokeWidth: 3, dash: '1 6', linecap: 'round' },
    ],
    references: [
      ...(overlay.deadline === null ? [] : [{ x: overlay.deadline, color: chartColors.target, dash: '4 4', strokeWidth: 1.5, label: labels.deadline }]),
      ...overlay.milestoneLines.map((line) => ({
        y: line.value,
        color: MILESTONE_COLOR,
        dash: '2 4',
        label: labels.milestone(line.percent, line.value),
        labelColor: chartColors.axis,
      })),
    ],
  };
}

export interface ProjectionLabels {
  band: string;
  target: string;
  projection: string;
  deadline: string;
  milestone: (percent: number, value: number) => string;
  /** Sentence appended to the chart's accessible name. */
  summary: (pace: PaceModel | null | undefined) => string;
}

export function useProjectionLabels(lang: Lang): ProjectionLabels {
  const m = useMessages(paceMessages);
  return {
    band: m.seriesBand,
    target: m.seriesTarget,
    projection: m.seriesProjection,
    deadline: m.deadlineLabel,
    milestone: (percent, value) => m.milestoneLabel(`${formatNumber(percent, lang)}%`, formatNumber(value, lang)),
    summary: (pace) => {
      const p = pace?.range.status === 'projected' ? pace.range.likely.projection : null;
      return p?.status === 'projected' ? m.chartLabelProjection(formatDate(p.date, lang)) : '';
    },
  };
}

/** Tooltip values: a band is "9.680–11.000", a number is a number. */
export function formatChartValue(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => formatNumber(Number(v), lang)).join('–');
  return formatNumber(Number(value), lang);
}
