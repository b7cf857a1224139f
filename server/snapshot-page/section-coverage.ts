import { endOfMonth, toDayNumber } from '../../contract/dates';
import { niceTicks } from './chart-model';
import { legend, lineChart } from './chart-svg';
import { formatDate, formatMonth, formatPercent, formatRupiah } from './format';
import { html, type Html } from './html';
import { card, fmt, liveData, num, table, text, workersChange, type RenderContext } from './render-context';

const EXPIRING_SHOWN = 10;

export function coverageSection(ctx: RenderContext): Html | '' {
  const { m, lang } = ctx;
  const coverage = ctx.data.coverage;
  if (!coverage || coverage.months.length === 0) return '';
  const s = ctx.data.summary;
  const months = coverage.months;
  const last = months.at(-1)!;
  // The last whole month's lapses: the running month has only a few days in it.
  const lapseMonth = months.length > 1 ? months.at(-2)! : last;
  const live = liveData(ctx);

  const keys = html`<ul class="kpis">${[
    kpi(m.keyRegistered, fmt(ctx, s.registered), live ? liveChange(ctx, s.registered, live.summary.registered) : null),
    kpi(m.keyActive, fmt(ctx, s.active), live ? liveChange(ctx, s.active, live.summary.active) : null),
    kpi(m.keyActiveShare, formatPercent(s.activeShare, lang), null),
    kpi(m.keyContributions, formatRupiah(s.monthlyContributionsTotal, lang), null),
    kpi(m.keyLapses(formatMonth(lapseMonth.month, lang)), fmt(ctx, lapseMonth.lapses), null),
    kpi(m.keyExpiring, fmt(ctx, coverage.expiring.total), html`${m.keyExpiringDetail(formatDate(coverage.expiring.from, lang), formatDate(coverage.expiring.to, lang))}`),
  ]}</ul>`;

  const asOf = coverage.asOfDate ?? endOfMonth(last.month);
  const x = (month: string) => toDayNumber(endOfMonth(month) < asOf ? endOfMonth(month) : asOf);
  const yTicks = niceTicks(Math.max(...months.map((r) => r.registered), 1) * 1.05);
  const chart = lineChart({
    label: m.coverageChartLabel(formatMonth(months[0]!.month, lang), formatMonth(last.month, lang), fmt(ctx, last.registered), fmt(ctx, last.active)),
    height: 220,
    frame: { xMin: toDayNumber(months[0]!.month), xMax: x(last.month), yMin: 0, yMax: yTicks.at(-1)! },
    yTicks: yTicks.map((v) => ({ value: v, label: v === 0 ? '' : fmt(ctx, v) })),
    xTicks: [
      { value: toDayNumber(months[0]!.month), label: formatMonth(months[0]!.month, lang) },
      { value: x(last.month), label: formatMonth(last.month, lang) },
    ],
    series: [
      { points: [{ x: toDayNumber(months[0]!.month), y: 0 }, ...months.map((r) => ({ x: x(r.month), y: r.registered }))], tone: 'muted' },
      { points: [{ x: toDayNumber(months[0]!.month), y: 0 }, ...months.map((r) => ({ x: x(r.month), y: r.active }))], tone: 'main', area: true },
    ],
  });
  const monthTable = table(
    ctx,
    m.coverageTableCaption,
    [
      { label: m.monthColumn },
      { label: m.registeredColumn, numeric: true },
      { label: m.activeColumn, numeric: true },
      { label: m.lapsesColumn, numeric: true },
      { label: m.contributionsColumn, numeric: true },
    ],
    months.map(
      (r) => html`<tr><th scope="row">${formatMonth(r.month, lang)}</th>${num(fmt(ctx, r.registered))}${num(fmt(ctx, r.active))}${num(fmt(ctx, r.lapses))}${num(formatRupiah(r.contributions, lang))}</tr>`,
    ),
  );

  const cohorts = coverage.cohorts.filter((c) => c.size > 0);
  const cohortTable = cohorts.length
    ? html`<h3>${m.cohortsTitle}</h3>${table(
        ctx,
        m.cohortsCaption,
        [{ label: m.cohortColumn }, { label: m.cohortSizeColumn, numeric: true }, { label: m.retainedColumn, numeric: true }, { label: '%', numeric: true }],
        cohorts.map((c) => {
          const retained = c.retained.at(-1) ?? c.size;
          return html`<tr><th scope="row">${formatMonth(c.month, lang)}</th>${num(fmt(ctx, c.size))}${num(fmt(ctx, retained))}${num(formatPercent(retained / c.size, lang))}</tr>`;
        }),
      )}`
    : '';

  const expiring = coverage.expiring.units;
  const expiringTable = expiring.length
    ? html`<h3>${m.expiringTitle}</h3>${table(
        ctx,
        m.expiringCaption,
        [{ label: m.nameColumn }, { label: m.kindColumn }, { label: m.countColumn, numeric: true }],
        expiring.slice(0, EXPIRING_SHOWN).map((u) => html`<tr>${text(html`${u.name}<br><span class="sub">${u.kecamatan}</span>`)}${text(m.unitKinds[u.kind])}${num(fmt(ctx, u.count))}</tr>`),
      )}${expiring.length > EXPIRING_SHOWN ? html`<p class="sub">${m.expiringMore(fmt(ctx, expiring.length - EXPIRING_SHOWN))}</p>` : ''}`
    : '';

  return card(
    'cakupan',
    m.coverageTitle,
    html`${keys}${chart}${legend([
      { tone: 'muted', label: m.seriesEverRegistered },
      { tone: 'main', label: m.seriesActive },
    ])}<details><summary>${m.showTable}</summary>${monthTable}</details>${cohortTable}${expiringTable}`,
    { sub: m.coverageIntro },
  );
}

const kpi = (label: string, value: string, detail: HtmlOrNull) => html`<li><span>${label}</span><b>${value}</b>${detail ? html`<span>${detail}</span>` : ''}</li>`;
type HtmlOrNull = Html | null;

function liveChange(ctx: RenderContext, then: number, now: number): Html {
  return html`${ctx.m.nowColumn}: ${fmt(ctx, now)} (${workersChange(ctx, now - then)})`;
}
