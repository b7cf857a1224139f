import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { HorizontalBarChart } from '@/components/horizontal-bar-chart';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';
import type { BreakdownTab } from '@/lib/url-state/params';
import { bandOf, leaderboard, summarizeBreakdown, type ProgressRow } from './breakdown-model';

export default function BreakdownChart({ rows, tab }: { rows: readonly ProgressRow[]; tab: BreakdownTab }) {
  const { t, lang } = useT();
  const { compact } = useChartMetrics();
  const items = leaderboard(rows, compact ? 12 : 26);
  const max = Math.max(1, ...rows.map((r) => r.progress));
  const lowest = summarizeBreakdown(rows).lowest.map((r) => r.name).join(', ');

  return (
    <HorizontalBarChart
      ariaLabel={t.breakdownChartLabel(t.tabs[tab], lowest)}
      domainMax={niceCeil(max)}
      tickFormatter={(v) => formatPercent(v, lang).replace(/[,.]0%$/, '%')}
      references={[
        { value: 0.5, label: '50%' },
        { value: 1, label: t.targetColumn },
      ]}
      data={items.map((item) =>
        item.kind === 'gap'
          ? { key: 'gap', label: t.hiddenRows(formatNumber(item.hidden, lang)), value: null, valueLabel: '', color: chartColors.other }
          : {
              key: `${item.position}`,
              label: item.row.name,
              value: item.row.progress,
              valueLabel: formatPercent(item.row.progress, lang),
              color: chartColors[bandOf(item.row.progress)],
            },
      )}
    />
  );
}
