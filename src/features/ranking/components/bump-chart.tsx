import { dayLabel, monthAxis, TimeChart, type TimeSeries } from '@/components/charts/time-chart';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { isoDateToMs } from '@/lib/dates';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useChartEvents } from '@/features/events/components/use-chart-events';
import { rankingMessages } from '../messages';
import { monthStartTicks, type BumpLine, type BumpModel } from './bump-model';
import { regionLabel } from './ranking-text';

/** Rival colours keep at least 4.5:1 on white, so their labels are readable text too. */
export const RIVAL_COLORS = ['#b45309', '#1d4ed8'] as const;
const MUTED_LINE = '#c3cad3';

export function bumpColor(line: Pick<BumpLine, 'role' | 'rivalIndex'>): string {
  if (line.role === 'campaign') return chartColors.primary;
  if (line.role === 'rival') return RIVAL_COLORS[line.rivalIndex ?? 0] ?? chartColors.pace;
  return MUTED_LINE;
}

function rankTicks(max: number): number[] {
  return Array.from(new Set([1, ...[5, 10, 15, 20, 25, 30, 35, 40].filter((r) => r < max), max]));
}

export default function BumpChart({ model, eventsHeadingLevel }: { model: BumpModel; eventsHeadingLevel?: 3 | 4 }) {
  const { t, lang } = useT();
  const m = useMessages(rankingMessages);
  const { compact, fontSize } = useChartMetrics();
  const labelSize = compact ? 12 : fontSize - 1;
  const rowHeight = compact ? 14 : labelSize + 6;
  const bottom = Math.max(model.maxRank, model.standing.length);
  // Every region is labelled at the right end, in its latest place; on a phone only the picked-out ones fit.
  const labelled = compact ? model.standing.filter((l) => l.role !== 'muted') : model.standing;
  const labelText = (line: BumpLine) => `${formatNumber(line.lastRank, lang)}. ${regionLabel(t, line)}`;
  const labelWidth = Math.ceil(Math.max(...labelled.map((l) => labelText(l).length)) * labelSize * 0.6) + 12;
  const height = bottom * rowHeight + fontSize * 4;
  const first = model.dates[0] ?? '';
  const last = model.dates.at(-1) ?? '';
  const moves = model.highlighted.map((l) => m.bumpMove(regionLabel(t, l), formatNumber(l.firstRank, lang), formatNumber(l.lastRank, lang)));
  const rows = model.rows.map((row) => ({ ...row, t: isoDateToMs(row.date) }));
  const xDomain = [isoDateToMs(first || '1970-01-01'), isoDateToMs(last || '1970-01-01')] as const;
  const xTicks = monthStartTicks(model.dates, compact ? 3 : fontSize >= 18 ? 6 : 8).map(isoDateToMs);
  // Dense lines: numbered labels in the strip above the plot only, the list under the chart says the rest.
  const events = useChartEvents(xDomain, { asOfDate: last || null, lines: false, headingLevel: eventsHeadingLevel });

  const series: TimeSeries[] = model.lines.map((line) => ({
    key: line.code,
    name: regionLabel(t, line),
    color: bumpColor(line),
    curve: 'monotone',
    strokeWidth: line.role === 'campaign' ? 4 : line.role === 'rival' ? 3 : 1.5,
    activeDot: line.role !== 'muted',
  }));

  const chart = (
    <div
      className="chart bump"
      role="img"
      aria-label={m.bumpChartLabel(formatNumber(model.standing.length, lang), formatDate(first, lang), formatDate(last, lang), moves.join('; '))}
    >
      <TimeChart
        rows={rows}
        series={series}
        {...events.frame(height)}
        fontSize={fontSize}
        right={labelWidth}
        grid={false}
        x={monthAxis(xDomain, xTicks, lang)}
        y={{ domain: [0.5, bottom + 0.5], ticks: rankTicks(bottom), format: (r) => `#${r}`, width: fontSize * 2.4, reversed: true }}
        tooltip={{
          label: dayLabel(lang),
          value: (value) => `#${formatNumber(Number(value), lang)}`,
          content: (row) => <BumpTooltip model={model} date={row.date} />,
        }}
        overlay={(plot) => (
          <g className="bump-labels">
            {labelled.map((line) => {
              const strong = line.role !== 'muted';
              return (
                <text
                  key={line.code}
                  x={plot.left + plot.width + 6}
                  y={plot.y(line.position)}
                  dy="0.35em"
                  fontSize={labelSize}
                  fontWeight={strong ? 700 : 400}
                  fill={strong ? bumpColor(line) : chartColors.axis}
                >
                  {labelText(line)}
                </text>
              );
            })}
          </g>
        )}
      />
    </div>
  );
  return (
    <>
      {chart}
      {events.list}
    </>
  );
}

/** The picked-out regions' ranks on the hovered week (TimeChart's tooltip heads it with the date); the table has every region. */
function BumpTooltip({ model, date }: { model: BumpModel; date: string }) {
  const { t, lang } = useT();
  const index = model.dates.indexOf(date);
  if (index < 0) return null;
  return (
    <div className="bump-tooltip">
      <ul>
        {model.highlighted.map((line) => (
          <li key={line.code}>
            <span className="bump-tooltip__swatch" style={{ background: bumpColor(line) }} aria-hidden="true" />
            {regionLabel(t, line)}: #{formatNumber(line.ranks[index] ?? 0, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
