import { useMemo } from 'react';
import type { Coverage } from '../../../../contract/coverage';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { textWidth } from '@/components/chart-text';
import { ColumnChart } from '@/components/charts/column-chart';
import { dayLabel, monthAxis, TimeChart, type TimeSeries } from '@/components/charts/time-chart';
import { formatDate, formatMonth, formatNumber, formatRupiah } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import type { Lang } from '@/lib/i18n/lang';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { coverageMessages } from '../messages';
import { activeChartModel, coverageHeadline, coveragePoints } from '../models/coverage-model';

// Loaded lazily with the page's charts, so chart code is not in the overview's first paint.

/** Compact Rupiah for an axis, in millions: Rp110 jt (id), Rp110M (en). */
function axisRupiah(value: number, lang: Lang): string {
  if (value >= 1e6 && value % 1e6 === 0) return `Rp${formatNumber(value / 1e6, lang)}${lang === 'id' ? ' jt' : 'M'}`;
  return formatRupiah(value, lang);
}

/** Ever registered and protected at each month's end (the current month: on asOfDate), with the campaign's events. */
export function ActiveChart({ coverage }: { coverage: Coverage }) {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const { compact, fontSize } = useChartMetrics();
  const points = coveragePoints(coverage);
  const model = activeChartModel(points, compact ? 4 : 8);
  const events = useChartEvents(model.xDomain, { asOfDate: coverage.asOfDate, headingLevel: 4 });
  const latest = points.at(-1)!;
  const n = (v: number) => formatNumber(v, lang);
  const height = compact ? 260 : fontSize * 22;
  const series = useMemo<TimeSeries[]>(
    () => [
      { key: 'registered', name: m.seriesRegistered, color: chartColors.other, curve: 'monotone', strokeWidth: 2.5, dash: '6 4' },
      { key: 'active', name: m.seriesActive, color: chartColors.primary, curve: 'monotone', strokeWidth: 3 },
    ],
    [m],
  );
  return (
    <>
      <div
        className="chart"
        role="img"
        aria-label={m.activeChartLabel(formatMonth(points[0]!.month, lang), formatDate(latest.countedOn, lang), n(latest.registered), n(latest.active))}
      >
        <TimeChart
          rows={points}
          series={series}
          {...events.frame(height)}
          fontSize={fontSize}
          x={monthAxis(model.xDomain, model.xTicks, lang)}
          y={{ domain: [0, model.yMax], format: n, width: fontSize * 4 }}
          legend
          tooltip={{ label: dayLabel(lang), value: (v) => n(Number(v)) }}
        />
      </div>
      {events.list}
    </>
  );
}

function MonthBars({
  coverage,
  dataKey,
  name,
  color,
  ariaLabel,
  format,
  axisFormat,
}: {
  coverage: Coverage;
  dataKey: 'lapses' | 'contributions';
  name: string;
  color: string;
  ariaLabel: string;
  format: (v: number) => string;
  axisFormat: (v: number) => string;
}) {
  const { lang } = useT();
  const { compact, fontSize } = useChartMetrics();
  const points = coveragePoints(coverage);
  const yMax = niceCeil(Math.max(1, ...points.map((p) => p[dataKey])));
  return (
    <div className="chart" role="img" aria-label={ariaLabel}>
      <ColumnChart
        columns={points.map((p) => ({ key: p.month, label: formatMonth(p.month, lang), value: p[dataKey] }))}
        name={name}
        color={color}
        height={compact ? 220 : fontSize * 17}
        fontSize={fontSize}
        y={{ domain: [0, yMax], format: axisFormat, width: Math.max(fontSize * 3, textWidth(axisFormat(yMax), fontSize) + fontSize) }}
        tooltip={{ label: (c) => c.label, value: format }}
      />
    </div>
  );
}

export function LapsesChart({ coverage }: { coverage: Coverage }) {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const points = coveragePoints(coverage);
  const total = coverageHeadline(points)!.totalLapses;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <MonthBars
      coverage={coverage}
      dataKey="lapses"
      name={m.seriesLapses}
      color={chartColors.low}
      ariaLabel={m.lapsesChartLabel(formatMonth(points[0]!.month, lang), formatDate(points.at(-1)!.countedOn, lang), n(total))}
      format={n}
      axisFormat={n}
    />
  );
}

export function ContributionsChart({ coverage }: { coverage: Coverage }) {
  const { lang } = useT();
  const m = useMessages(coverageMessages);
  const points = coveragePoints(coverage);
  const total = coverageHeadline(points)!.totalContributions;
  return (
    <MonthBars
      coverage={coverage}
      dataKey="contributions"
      name={m.seriesContributions}
      color={chartColors.primary}
      ariaLabel={m.contributionsChartLabel(formatMonth(points[0]!.month, lang), formatDate(points.at(-1)!.countedOn, lang), formatRupiah(total, lang))}
      format={(v) => formatRupiah(v, lang)}
      axisFormat={(v) => axisRupiah(v, lang)}
    />
  );
}
