import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from '@/lib/charts/recharts';
import type { Coverage } from '../../../../contract/coverage';
import { axisTick, chartMargin, gridProps, timeTooltipLabel, timeXAxisProps, valueYAxisProps } from '@/components/chart-axes';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { textWidth } from '@/components/chart-text';
import { formatDate, formatMonth, formatNumber, formatRupiah } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import type { Lang } from '@/lib/i18n/lang';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { coverageMessages } from '../messages';
import { activeChartModel, coverageHeadline, coveragePoints } from '../models/coverage-model';

// Loaded lazily with the page's charts, so recharts is not in the overview's first paint.

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
  return (
    <>
      <div
        className="chart"
        role="img"
        aria-label={m.activeChartLabel(formatMonth(points[0]!.month, lang), formatDate(latest.countedOn, lang), n(latest.registered), n(latest.active))}
      >
        <ResponsiveContainer width="100%" height={height + events.top}>
          <LineChart data={points} margin={chartMargin(fontSize, events.top)} accessibilityLayer={false}>
            <CartesianGrid {...gridProps} />
            {events.markers}
            <XAxis {...timeXAxisProps(model, lang, fontSize)} />
            <YAxis {...valueYAxisProps([0, model.yMax], n, fontSize)} />
            <Tooltip labelFormatter={timeTooltipLabel(lang)} formatter={(value, name) => [n(Number(value)), name]} />
            <Legend wrapperStyle={{ fontSize }} />
            <Line
              dataKey="registered"
              name={m.seriesRegistered}
              type="monotone"
              stroke={chartColors.other}
              strokeWidth={2.5}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line dataKey="active" name={m.seriesActive} type="monotone" stroke={chartColors.primary} strokeWidth={3} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
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
  const tick = axisTick(fontSize);
  return (
    <div className="chart" role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={compact ? 220 : fontSize * 17}>
        <BarChart data={points} margin={{ top: fontSize, right: fontSize, bottom: 4, left: 0 }} barCategoryGap="15%" accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis
            dataKey="month"
            tickFormatter={(d: string) => formatMonth(d, lang)}
            tick={tick}
            stroke={chartColors.axis}
            minTickGap={fontSize * 2}
            interval="preserveEnd"
          />
          <YAxis
            domain={[0, yMax]}
            tickFormatter={axisFormat}
            tick={tick}
            width={Math.max(fontSize * 3, textWidth(axisFormat(yMax), fontSize) + fontSize)}
            stroke={chartColors.axis}
            allowDecimals={false}
          />
          <Tooltip labelFormatter={(d) => formatMonth(String(d), lang)} formatter={(value) => [format(Number(value)), name]} cursor={{ fill: chartColors.grid }} />
          <Bar dataKey={dataKey} name={name} fill={color} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
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
