import type { Coverage } from '../../../../contract/coverage';
import { chartColors } from '@/components/chart-theme';
import { HorizontalBarChart } from '@/components/horizontal-bar-chart';
import { formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';
import { coverageMessages } from '../messages';
import { expiringBars } from '../models/coverage-model';

export const EXPIRING_TOP = 10;

/** The units with the most cover ending in the next 30 days; the table lists them all. */
export default function ExpiringChart({ expiring }: { expiring: Coverage['expiring'] }) {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const { bars, rest } = expiringBars(expiring.units, EXPIRING_TOP);
  const n = (v: number) => formatNumber(v, lang);
  const top = expiring.units[0]!;
  return (
    <HorizontalBarChart
      ariaLabel={m.expiringChartLabel(n(expiring.total), `${top.name} (${n(top.count)})`)}
      domainMax={niceCeil(Math.max(1, ...expiring.units.map((u) => u.count)))}
      tickFormatter={n}
      data={bars.map((b) => ({
        key: b.key,
        label: b.count === null ? m.expiringMore(n(rest)) : b.name,
        value: b.count,
        valueLabel: b.count === null ? '' : n(b.count),
        color: chartColors.pace,
      }))}
    />
  );
}
