import type { RankingHistory } from '../../../../contract/ranking';
import { dayLabel, monthAxis, TimeChart, type TimeSeries } from '@/components/charts/time-chart';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { isoDateToMs } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { monthStartTicks } from './bump-model';
import { campaignRankHistory } from './ranking-model';

export default function RankHistoryChart({ history, regionName }: { history: RankingHistory; regionName: string }) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const points = campaignRankHistory(history).map((p) => ({ ...p, t: isoDateToMs(p.date) }));
  const first = points[0];
  const last = points.at(-1);
  const worst = Math.max(5, ...points.map((p) => p.rank));
  const rankTicks =
    worst <= 10
      ? Array.from({ length: worst }, (_, i) => i + 1)
      : Array.from(new Set([1, ...[5, 10, 15, 20, 25, 30, 35].filter((r) => r <= worst), worst])).sort((a, b) => a - b);
  const xDomain = [points[0]?.t ?? 0, points.at(-1)?.t ?? 0] as const;
  const xTicks = monthStartTicks(points.map((p) => p.date), compact ? 4 : 8).map(isoDateToMs);
  // The dates end on the data's asOfDate.
  const events = useChartEvents(xDomain, { asOfDate: history.dates.at(-1) ?? null });
  // A rank holds until the next weekly recount: a step, not a slope.
  const series: TimeSeries[] = [{ key: 'rank', name: t.rankAxis, color: chartColors.primary, curve: 'step', strokeWidth: 3 }];

  const chart = (
    <div
      className="chart"
      role="img"
      aria-label={t.historyChartLabel(regionName, formatNumber(first?.rank ?? 0, lang), formatNumber(last?.rank ?? 0, lang))}
    >
      <TimeChart
        rows={points}
        series={series}
        {...events.frame(compact ? 200 : fontSize * 15)}
        fontSize={fontSize}
        x={monthAxis(xDomain, xTicks, lang)}
        y={{ domain: [0.7, worst + 0.3], ticks: rankTicks, format: (r) => `#${r}`, width: fontSize * 2.5, reversed: true }}
        tooltip={{
          label: dayLabel(lang),
          value: (value) => formatNumber(Number(value), lang),
        }}
      />
    </div>
  );
  // Markers only: on the overview the same numbered events are listed under the progress chart and in the
  // events panel, and a third copy here would push the occupation mix off the projector screen.
  return chart;
}
