import type { KecamatanRow, UnitRow } from '../../contract/breakdowns';
import { daysBetween } from '../../contract/dates';
import type { SnapshotData } from '../../contract/snapshots';
import type { Summary } from '../../contract/summary';
import { neededRate } from '../../src/lib/analytics/needed-rate';
import { bar } from './chart-svg';
import { formatDate, formatPercent } from './format';
import { html, type Html } from './html';
import type { PageView } from './page-view';
import { card, fmt, liveData, num, pointsChange, table, workersChange, type RenderContext } from './render-context';

/** The numbers a headline shows, for the campaign or for one unit or kecamatan. */
export interface Standing {
  registered: number;
  target: number;
  progress: number;
  active: number;
}

export type ScopeRow = { kind: 'unit'; row: UnitRow } | { kind: 'kecamatan'; row: KecamatanRow };

/** The unit or kecamatan a drill-down snapshot is about, from its frozen breakdowns. */
export function scopeRow(view: PageView, data: SnapshotData): ScopeRow | null {
  const page = view.page;
  if (page.page === '/unit/:id') {
    const row = data.units?.rows.find((r) => r.id === page.unit);
    return row ? { kind: 'unit', row } : null;
  }
  if (page.page === '/kecamatan/:name') {
    const scope = data.timeseriesWeek?.scope ?? data.occupations?.scope;
    const name = scope?.kind === 'kecamatan' ? scope.name : page.kecamatan;
    const row = data.kecamatan?.rows.find((r) => r.name.toLocaleLowerCase('id') === name.toLocaleLowerCase('id'));
    return row ? { kind: 'kecamatan', row } : null;
  }
  return null;
}

function standingOf(summary: Summary, scope: ScopeRow | null): Standing {
  const s = scope?.row ?? summary;
  return { registered: s.registered, target: s.target, progress: s.progress, active: s.active };
}

export function headlineSection(ctx: RenderContext): Html {
  const { m, data } = ctx;
  const s = data.summary;
  const scope = scopeRow(ctx.view, data);
  const now = standingOf(s, scope);
  const remaining = now.target - now.registered;
  const hero = html`<div><p class="big">${fmt(ctx, now.registered)} <small>${m.ofTarget(fmt(ctx, now.target))}</small></p><p class="pct">${m.progressOfTarget(formatPercent(now.progress, ctx.lang))}</p>${bar(now.progress)}<p class="sub">${
    remaining > 0 ? m.remaining(fmt(ctx, remaining)) : remaining < 0 ? m.exceeded(fmt(ctx, -remaining)) : m.reached
  }${scope ? '' : html` · ${m.targetBasis(fmt(ctx, s.asnCount), fmt(ctx, s.workersPerAsn))}`}</p></div>`;

  const kpis: Html[] = [
    kpi(m.activeTitle, fmt(ctx, now.active), m.activeDetail(formatPercent(now.registered > 0 ? now.active / now.registered : 0, ctx.lang))),
  ];
  if (scope) {
    kpis.push(kpi(m.newWeekTitle, fmt(ctx, scope.row.newLast7Days), null));
  } else {
    kpis.push(kpi(m.newWeekTitle, fmt(ctx, s.newThisWeek), m.newWeekDetail(fmt(ctx, s.newLastWeek))));
  }
  if (s.asOfDate) {
    const days = daysBetween(s.asOfDate, s.deadline);
    kpis.push(kpi(m.deadlineTitle, formatDate(s.deadline, ctx.lang), days > 0 ? m.deadlineDetail(fmt(ctx, days)) : m.deadlinePassed));
    const needed = neededRate({ current: now.registered, target: now.target, asOfDate: s.asOfDate, deadline: s.deadline });
    if (needed.status === 'needed') kpis.push(kpi(m.neededTitle, fmt(ctx, needed.perWeekWhole), m.neededDetail(fmt(ctx, needed.perWeekWhole))));
    else if (needed.status === 'reached') kpis.push(kpi(m.neededTitle, '0', m.reached));
  }

  const scopeLine = scope
    ? html`<p class="sub">${scope.kind === 'unit' ? m.scopeOf(m.unitKinds[scope.row.kind], scope.row.kecamatan) + ' · ' : ''}${m.scopeAsn(fmt(ctx, scope.row.asnCount), fmt(ctx, scope.row.target))}</p>`
    : '';
  const context = scope
    ? html`<p class="sub">${m.campaignContext(fmt(ctx, s.registered), fmt(ctx, s.target), formatPercent(s.progress, ctx.lang))}</p>`
    : '';
  return card('capaian', scope ? `${m.headlineTitle}: ${scope.row.name}` : m.headlineTitle, html`${scopeLine}<div class="hero">${hero}<ul class="kpis">${kpis}</ul></div>${context}${compareTable(ctx, now)}`);
}

const kpi = (label: string, value: string, detail: string | null) => html`<li><span>${label}</span><b>${value}</b>${detail ? html`<span>${detail}</span>` : ''}</li>`;

/** Snapshot vs now vs change for the headline numbers. */
function compareTable(ctx: RenderContext, then: Standing): Html | '' {
  const live = liveData(ctx);
  if (!live) return '';
  const { m } = ctx;
  const now = standingOf(live.summary, scopeRow(ctx.view, live));
  const row = (label: string, a: number, b: number) => html`<tr><th scope="row">${label}</th>${num(fmt(ctx, a))}${num(fmt(ctx, b))}${num(workersChange(ctx, b - a))}</tr>`;
  return html`<h3>${m.compareTitle}</h3>${table(
    ctx,
    m.compareTitle,
    [{ label: m.measureColumn }, { label: m.snapshotColumn, numeric: true }, { label: m.nowColumn, numeric: true }, { label: m.changeColumn, numeric: true }],
    [
      row(m.registeredRow, then.registered, now.registered),
      row(m.targetRow, then.target, now.target),
      html`<tr><th scope="row">${m.progressRow}</th>${num(formatPercent(then.progress, ctx.lang))}${num(formatPercent(now.progress, ctx.lang))}${num(pointsChange(ctx, now.progress - then.progress))}</tr>`,
      row(m.activeRow, then.active, now.active),
    ],
  )}`;
}
