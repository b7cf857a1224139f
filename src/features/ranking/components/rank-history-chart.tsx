import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RankingHistory } from '../../../../contract/ranking';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { campaignRankHistory } from './ranking-model';

export default function RankHistoryChart({ history, regionName }: { history: RankingHistory; regionName: string }) {
  const { t, lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const points = campaignRankHistory(history);
  const first = points[0];
  const last = points.at(-1);
  const worst = Math.max(5, ...points.map((p) => p.rank));
  const rankTicks =
    worst <= 10
      ? Array.from({ length: worst }, (_, i) => i + 1)
      : Array.from(new Set([1, ...[5, 10, 15, 20, 25, 30, 35].filter((r) => r <= worst), worst])).sort((a, b) => a - b);
  const tick = { fontSize, fill: chartColors.axis };

  return (
    <div
      className="chart"
      role="img"
      aria-label={t.historyChartLabel(regionName, formatNumber(first?.rank ?? 0, lang), formatNumber(last?.rank ?? 0, lang))}
    >
      <ResponsiveContainer width="100%" height={compact ? 200 : fontSize * 15}>
        <LineChart data={points} margin={{ top: fontSize, right: fontSize * 1.5, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => formatMonth(d, lang)}
            tick={tick}
            stroke={chartColors.axis}
            minTickGap={fontSize * 4}
          />
          <YAxis
            reversed
            domain={[0.7, worst + 0.3]}
            ticks={rankTicks}
            allowDecimals={false}
            tick={tick}
            width={fontSize * 2.5}
            tickFormatter={(r: number) => `#${r}`}
            stroke={chartColors.axis}
          />
          <Tooltip
            labelFormatter={(d) => formatDate(String(d), lang)}
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
}
