import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from '@/lib/charts/recharts';
import type { RankingHistory } from '../../../../contract/ranking';
import { axisTick, chartMargin, gridProps, timeTooltipLabel, timeXAxisProps } from '@/components/chart-axes';
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

  const chart = (
    <div
      className="chart"
      role="img"
      aria-label={t.historyChartLabel(regionName, formatNumber(first?.rank ?? 0, lang), formatNumber(last?.rank ?? 0, lang))}
    >
      <ResponsiveContainer width="100%" height={(compact ? 200 : fontSize * 15) + events.top}>
        <LineChart data={points} margin={chartMargin(fontSize, events.top)} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          {events.markers}
          <XAxis {...timeXAxisProps({ xDomain, xTicks }, lang, fontSize)} />
          <YAxis
            reversed
            domain={[0.7, worst + 0.3]}
            ticks={rankTicks}
            allowDecimals={false}
            tick={axisTick(fontSize)}
            width={fontSize * 2.5}
            tickFormatter={(r: number) => `#${r}`}
            stroke={chartColors.axis}
          />
          <Tooltip
            labelFormatter={timeTooltipLabel(lang)}
            formatter={(value) => [formatNumber(Number(value), lang), t.rankAxis]}
          />
          <Line
            dataKey="rank"
            type="stepAfter"
            stroke={chartColors.primary}
            strokeWidth={3}
            dot={false}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
  // Markers only: on the overview the same numbered events are listed under the progress chart and in the
  // events panel, and a third copy here would push the occupation mix off the projector screen.
  return chart;
}
