import { startOfMonth, toDayNumber } from '../../contract/dates';
import type { CampaignEvent } from '../../contract/events';
import type { Timeseries } from '../../contract/timeseries';
import { neededRate } from '../../src/lib/analytics/needed-rate';
import { rangeStart } from '../../src/features/progress/components/time-range';
import { niceTicks, stepRuns, thin, type Point } from './chart-model';
import { legend, lineChart, type LineSeries, type Tone } from './chart-svg';
import { formatDate, formatMonth } from './format';
import { html, type Html } from './html';
import { cumulativeLine, monthlyRows } from './progress-model';
import { card, fmt, liveData, num, table, type RenderContext } from './render-context';

/** Events numbered as in the events list: 1 for the oldest. */
export function numberedEvents(events: readonly CampaignEvent[]): { n: number; event: CampaignEvent }[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((event, i) => ({ n: i + 1, event }));
}

export function progressSection(ctx: RenderContext): Html | '' {
  const { m, data, lang } = ctx;
  const week = data.timeseriesWeek;
  const day = data.timeseriesDay;
  const series: Timeseries | undefined = week ?? day;
  if (!series || series.points.length === 0) return '';
  const interval = ctx.view.interval;
  const line = thin(cumulativeLine({ day, week }, interval));
  const live = liveData(ctx);
  const liveSeries = live ? (live.timeseriesWeek ?? live.timeseriesDay) : undefined;
  const liveLine = live ? thin(cumulativeLine({ day: live.timeseriesDay, week: live.timeseriesWeek }, interval)) : [];

  const asOfDate = series.asOfDate ?? series.points.at(-1)!.date;
  const registered = line.at(-1)?.y ?? 0;
  // `rentang`: the chart looks back from the data date; the target and the pace stay the campaign's.
  const from = rangeStart(ctx.view.range, series);
  const xMin = from ? toDayNumber(from) : toDayNumber(series.launchDate) - 1;
  const xMax = Math.max(toDayNumber(series.deadline), toDayNumber(asOfDate), ...liveLine.map((p) => p.x));
  const steps = series.targetSteps.map((s) => ({ from: toDayNumber(s.from), value: s.target }));
  const runs = stepRuns(steps.length ? steps : [{ from: xMin, value: series.target }], xMin, xMax);
  const yTop = Math.max(series.target, ...runs.map((r) => r.value), ...line.map((p) => p.y), ...liveLine.map((p) => p.y)) * 1.05;
  const yTicks = niceTicks(yTop);

  const needed = neededRate({ current: registered, target: series.target, asOfDate, deadline: series.deadline });
  const guide = needed.status === 'needed' ? { from: { x: toDayNumber(asOfDate), y: registered }, to: { x: toDayNumber(series.deadline), y: series.target } } : undefined;

  const inRange = numberedEvents(data.events?.events ?? []).filter((e) => toDayNumber(e.event.date) >= xMin && toDayNumber(e.event.date) <= toDayNumber(asOfDate));
  const markers = inRange.map(({ n, event }) => ({ x: toDayNumber(event.date), label: String(n), title: `${n}. ${event.title} (${formatDate(event.date, lang)})` }));

  const lines: LineSeries[] = [{ points: fromX(line, xMin), tone: 'main', area: true }];
  if (liveLine.length) lines.push({ points: fromX(liveLine, xMin), tone: 'live' });
  const xTicks = [
    { value: xMin, label: formatDate(from ?? series.launchDate, lang) },
    ...(midLabelFits(xMin, xMax, toDayNumber(asOfDate)) ? [{ value: toDayNumber(asOfDate), label: formatDate(asOfDate, lang) }] : []),
    { value: xMax, label: formatDate(xMax === toDayNumber(series.deadline) ? series.deadline : asOfDate, lang) },
  ];
  const chart = lineChart({
    label: m.progressChartLabel(fmt(ctx, registered), fmt(ctx, series.target), formatDate(from ?? series.launchDate, lang), formatDate(asOfDate, lang)),
    frame: { xMin, xMax, yMin: 0, yMax: yTicks.at(-1)! },
    yTicks: yTicks.map((v) => ({ value: v, label: v === 0 ? '' : fmt(ctx, v) })),
    xTicks,
    series: lines,
    steps: { runs, label: m.targetLabel(fmt(ctx, series.target)) },
    ...(guide ? { guide } : {}),
    rule: { x: toDayNumber(asOfDate) },
    markers,
  });
  const legendItems: { tone: Tone | 'target' | 'guide'; label: string }[] = [{ tone: 'main', label: m.seriesRegistered }];
  if (liveLine.length) legendItems.push({ tone: 'live', label: `${m.seriesLive} (${formatDate(liveSeries?.asOfDate ?? asOfDate, lang)})` });
  legendItems.push({ tone: 'target', label: m.seriesTarget });
  if (guide) legendItems.push({ tone: 'guide', label: m.seriesNeeded });

  const months = monthlyRows(day ?? series).filter((r) => !from || r.month >= startOfMonth(from));
  const monthTable = table(
    ctx,
    m.progressTableCaption,
    [{ label: m.monthColumn }, { label: m.newColumn, numeric: true }, { label: m.cumulativeColumn, numeric: true }, { label: m.targetColumn, numeric: true }],
    months.map((r) => html`<tr><th scope="row">${formatMonth(r.month, lang)}</th>${num(fmt(ctx, r.new))}${num(fmt(ctx, r.cumulative))}${num(fmt(ctx, r.target))}</tr>`),
  );
  return card('perkembangan', m.progressTitle, html`${chart}${legend(legendItems)}<details><summary>${m.showTable}</summary>${monthTable}</details>`, {
    sub: m.progressCaption(m.intervals[interval], m.ranges[ctx.view.range]),
  });
}

/** The part of a line from `x` on, starting with its value at `x` (the total up to then). */
function fromX(points: readonly Point[], x: number): Point[] {
  const firstIn = points.findIndex((p) => p.x >= x);
  if (firstIn <= 0) return firstIn === 0 ? [...points] : points.length ? [{ x, y: points.at(-1)!.y }] : [];
  return [{ x, y: points[firstIn - 1]!.y }, ...points.slice(firstIn)];
}

/** A middle date label fits between the first and last ones when it is well away from both ends. */
function midLabelFits(xMin: number, xMax: number, x: number): boolean {
  const p = (x - xMin) / (xMax - xMin || 1);
  return p > 0.3 && p < 0.7;
}

