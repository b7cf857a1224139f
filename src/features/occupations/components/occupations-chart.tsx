import type { OccupationBreakdown } from '../../../../contract/breakdowns';
import { chartColors } from '@/components/chart-theme';
import { HorizontalBarChart } from '@/components/horizontal-bar-chart';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';

export default function OccupationsChart({ breakdown }: { breakdown: OccupationBreakdown }) {
  const { t, lang } = useT();
  const rows = [...breakdown.rows].sort((a, b) => b.registered - a.registered);
  const top = rows[0];
  return (
    <HorizontalBarChart
      ariaLabel={t.occupationsChartLabel(top?.occupation ?? '', formatPercent(top?.share ?? 0, lang))}
      domainMax={niceCeil(Math.max(...rows.map((r) => r.registered)) * 1.02)}
      tickFormatter={(v) => formatNumber(v, lang)}
      data={rows.map((r) => ({
        key: r.occupation,
        label: r.occupation,
        value: r.registered,
        valueLabel: `${formatNumber(r.registered, lang)} · ${formatPercent(r.share, lang)}`,
        color: chartColors.primary,
      }))}
    />
  );
}
