import type { KecamatanRow, UnitRow } from '../../contract/breakdowns';
import { buildLeaderboard, needsAttention, type AttentionItem } from '../../src/features/units/models/leaderboard-model';
import type { BreakdownSort } from '../../src/lib/url-state/params';
import { formatDate, formatPercent } from './format';
import { html, type Html } from './html';
import { card, fmt, liveData, num, pointsChange, table, text, workersChange, type RenderContext } from './render-context';

type ProgressRow = Pick<UnitRow, 'name' | 'target' | 'registered' | 'progress'>;

const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });

/** The view's sort (the SPA's `sort` parameter), ties broken by more workers, then the name. */
export function sortRows<R extends ProgressRow>(rows: readonly R[], sort: BreakdownSort): R[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (a: R, b: R) => (sort.key === 'name' ? collator.compare(a.name, b.name) : a[sort.key] - b[sort.key]);
  return [...rows].sort((a, b) => sign * key(a, b) || b.registered - a.registered || collator.compare(a.name, b.name));
}

type Band = 'low' | 'mid' | 'done';
export const bandOf = (progress: number): Band => (progress >= 1 ? 'done' : progress >= 0.5 ? 'mid' : 'low');

/** Units that need attention, as the SPA's leaderboard says (quiet, behind the pace they need, or overdue). */
export function attentionItems(ctx: RenderContext): AttentionItem[] {
  const units = ctx.data.units;
  const s = ctx.data.summary;
  if (!units || !s.asOfDate) return [];
  return needsAttention(buildLeaderboard(units.rows, { launchDate: s.launchDate, deadline: s.deadline, asOfDate: s.asOfDate }));
}

function reasonText(ctx: RenderContext, item: AttentionItem): string {
  const { m, lang } = ctx;
  const r = item.reason;
  switch (r.kind) {
    case 'quiet':
      return r.since && r.days !== null ? m.quiet(fmt(ctx, r.days), formatDate(r.since, lang)) : m.quietNever;
    case 'behind':
      return m.behind(fmt(ctx, r.registered), fmt(ctx, r.neededInWindow), fmt(ctx, r.windowDays));
    case 'overdue':
      return m.overdue(fmt(ctx, r.remaining));
  }
}

const ATTENTION_SHOWN = 5;

function attentionBlock(ctx: RenderContext, items: readonly AttentionItem[], rows: readonly UnitRow[]): Html {
  const { m } = ctx;
  const shownIds = new Set(rows.map((r) => r.id));
  const relevant = items.filter((i) => shownIds.has(i.entry.row.id));
  if (relevant.length === 0) return html`<h3>${m.attentionTitle}</h3><p>${m.attentionNone}</p>`;
  const first = relevant.slice(0, ATTENTION_SHOWN);
  return html`<h3>${m.attentionTitle}</h3><p class="sub">${m.attentionIntro(fmt(ctx, relevant.length))}</p><ul class="list">${first.map(
    (i) => html`<li><b>${i.entry.row.name}</b> (${formatPercent(i.entry.row.progress, ctx.lang)}): ${reasonText(ctx, i)}</li>`,
  )}</ul>${relevant.length > ATTENTION_SHOWN ? html`<p class="sub">${m.attentionMore(fmt(ctx, relevant.length - ATTENTION_SHOWN))}</p>` : ''}`;
}

function statusCell(ctx: RenderContext, progress: number): Html {
  const band = bandOf(progress);
  return html`<td class="t"><span class="tag${band === 'low' ? ' low' : ''}">${ctx.m.bands[band]}</span></td>`;
}

/** Rows below half their own target carry a mark in the margin as well as their red status. */
const lagClass = (progress: number) => (bandOf(progress) === 'low' ? html` class="lag"` : '');

function compareCells<R extends ProgressRow>(ctx: RenderContext, row: R, now: R | undefined): Html {
  if (!now) return html`<td></td><td></td><td></td>`;
  return html`${num(fmt(ctx, now.registered))}${num(workersChange(ctx, now.registered - row.registered))}${num(pointsChange(ctx, now.progress - row.progress))}`;
}

function compareColumns(ctx: RenderContext) {
  const { m } = ctx;
  return [
    { label: `${m.nowColumn} (${m.registeredColumn.toLowerCase()})`, numeric: true },
    { label: m.changeColumn, numeric: true },
    { label: `${m.changeColumn} (${m.progressColumn})`, numeric: true },
  ];
}

function summaryLine(ctx: RenderContext, rows: readonly ProgressRow[]): string {
  const { m } = ctx;
  const low = rows.filter((r) => bandOf(r.progress) === 'low').length;
  const done = rows.filter((r) => bandOf(r.progress) === 'done').length;
  return `${m.sortedBy(m.sortKeys[ctx.view.sort.key], m.directions[ctx.view.sort.direction])} ${m.laggardSummary(fmt(ctx, low), fmt(ctx, rows.length))} ${m.reachedSummary(fmt(ctx, done))}`;
}

export function unitsSection(ctx: RenderContext, options: { kecamatan?: string; withAttention: boolean; title?: string }): Html | '' {
  const { m, lang } = ctx;
  const units = ctx.data.units;
  if (!units) return '';
  const kind = ctx.view.kind;
  let rows = units.rows;
  if (options.kecamatan) rows = rows.filter((r) => r.kecamatan.toLocaleLowerCase('id') === options.kecamatan!.toLocaleLowerCase('id'));
  else if (kind !== 'all') rows = rows.filter((r) => r.kind === kind);
  if (rows.length === 0) return '';
  const sorted = sortRows(rows, ctx.view.sort);
  const attention = options.withAttention ? attentionItems(ctx) : [];
  const live = liveData(ctx);
  const liveRows = new Map(live?.units?.rows.map((r) => [r.id, r]) ?? []);
  const columns = [
    { label: m.numberColumn, numeric: true },
    { label: m.nameColumn },
    { label: m.progressColumn, numeric: true },
    { label: m.registeredColumn, numeric: true },
    { label: m.targetColumn, numeric: true },
    { label: m.statusColumn },
    ...(live ? compareColumns(ctx) : []),
  ];
  const body = sorted.map(
    (r, i) =>
      html`<tr${lagClass(r.progress)}>${num(i + 1)}${text(html`${r.name}<br><span class="sub">${m.unitKinds[r.kind]} · ${r.kecamatan}</span>`)}${num(formatPercent(r.progress, lang))}${num(fmt(ctx, r.registered))}${num(fmt(ctx, r.target))}${statusCell(ctx, r.progress)}${live ? compareCells(ctx, r, liveRows.get(r.id)) : ''}</tr>`,
  );
  const title = options.title ?? m.unitsTitle;
  const filter = !options.kecamatan && kind !== 'all' ? ` ${m.kindFilter(m.unitKindsPlural[kind])}` : '';
  return card(
    'unit',
    title,
    html`${options.withAttention ? attentionBlock(ctx, attention, rows) : ''}${table(ctx, title, columns, body)}`,
    { sub: `${summaryLine(ctx, rows)}${filter}` },
  );
}

export function kecamatanSection(ctx: RenderContext): Html | '' {
  const { m, lang } = ctx;
  const kecamatan = ctx.data.kecamatan;
  if (!kecamatan || kecamatan.rows.length === 0) return '';
  const sorted = sortRows(kecamatan.rows, ctx.view.sort);
  const live = liveData(ctx);
  const liveRows = new Map<string, KecamatanRow>(live?.kecamatan?.rows.map((r) => [r.name, r]) ?? []);
  const columns = [
    { label: m.numberColumn, numeric: true },
    { label: m.nameColumn },
    { label: m.progressColumn, numeric: true },
    { label: m.registeredColumn, numeric: true },
    { label: m.targetColumn, numeric: true },
    { label: m.unitCountColumn, numeric: true },
    { label: m.statusColumn },
    ...(live ? compareColumns(ctx) : []),
  ];
  const body = sorted.map(
    (r, i) =>
      html`<tr${lagClass(r.progress)}>${num(i + 1)}${text(r.name)}${num(formatPercent(r.progress, lang))}${num(fmt(ctx, r.registered))}${num(fmt(ctx, r.target))}${num(fmt(ctx, r.unitCount))}${statusCell(ctx, r.progress)}${live ? compareCells(ctx, r, liveRows.get(r.name)) : ''}</tr>`,
  );
  return card('kecamatan', m.kecamatanTitle, table(ctx, m.kecamatanTitle, columns, body), { sub: summaryLine(ctx, kecamatan.rows) });
}
