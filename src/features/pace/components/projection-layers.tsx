import { Area, Line, ReferenceLine } from '@/lib/charts/recharts';
import type { Timeseries } from '../../../../contract/timeseries';
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
 * The pace overlay for a time chart: computes it against the chart's own x range, merges its rows into
 * the chart's rows and hands back the recharts elements to put inside a ComposedChart.
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

/** Recharts elements, returned as an array so the chart's direct children stay recharts' own. */
export function projectionLayers(overlay: ProjectionOverlay, labels: ProjectionLabels, fontSize: number) {
  return [
    <Area
      key="band"
      dataKey="band"
      name={labels.band}
      type="linear"
      fill={chartColors.primary}
      fillOpacity={0.14}
      stroke="none"
      legendType="square"
      isAnimationActive={false}
      connectNulls
      activeDot={false}
    />,
    <Line
      key="target"
      dataKey="target"
      name={labels.target}
      type="stepAfter"
      stroke={chartColors.target}
      strokeWidth={2}
      strokeDasharray="6 4"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      connectNulls
    />,
    <Line
      key="projection"
      dataKey="projection"
      name={labels.projection}
      type="linear"
      stroke={chartColors.primary}
      strokeWidth={3}
      strokeDasharray="1 6"
      strokeLinecap="round"
      dot={false}
      isAnimationActive={false}
      connectNulls
    />,
    ...(overlay.deadline === null
      ? []
      : [
          <ReferenceLine
            key="deadline"
            x={overlay.deadline}
            stroke={chartColors.target}
            strokeDasharray="4 4"
            strokeWidth={1.5}
            label={{ value: labels.deadline, position: 'insideBottomLeft', fill: chartColors.text, fontSize: fontSize * 0.9 }}
          />,
        ]),
    ...overlay.milestoneLines.map((line) => (
      <ReferenceLine
        key={`milestone-${line.percent}`}
        y={line.value}
        stroke={MILESTONE_COLOR}
        strokeDasharray="2 4"
        strokeWidth={1}
        ifOverflow="extendDomain"
        label={{ value: labels.milestone(line.percent, line.value), position: 'insideBottomRight', fill: chartColors.axis, fontSize: fontSize * 0.9 }}
      />
    )),
  ];
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
