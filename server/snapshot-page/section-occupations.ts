import { bar } from './chart-svg';
import { formatPercent } from './format';
import { html, type Html } from './html';
import { card, fmt, liveData, num, table, workersChange, type RenderContext } from './render-context';

/** Occupations as a table whose middle column draws each share as a bar: the chart and its numbers in one. */
export function occupationsSection(ctx: RenderContext): Html | '' {
  const { m, lang } = ctx;
  const occupations = ctx.data.occupations;
  if (!occupations || occupations.rows.length === 0) return '';
  const top = Math.max(...occupations.rows.map((r) => r.share), 0.0001);
  const live = liveData(ctx)?.occupations;
  const liveRows = new Map(live?.rows.map((r) => [r.occupation, r]) ?? []);
  const rows = occupations.rows.map((r) => {
    const now = liveRows.get(r.occupation);
    return html`<tr><th scope="row">${r.occupation}${bar(r.share / top)}</th>${num(fmt(ctx, r.registered))}${num(formatPercent(r.share, lang))}${
      live ? html`${num(now ? fmt(ctx, now.registered) : '')}${num(now ? workersChange(ctx, now.registered - r.registered) : '')}` : ''
    }</tr>`;
  });
  const columns = [
    { label: m.occupationColumn },
    { label: m.registeredColumn, numeric: true },
    { label: '%', numeric: true },
    ...(live ? [{ label: m.nowColumn, numeric: true }, { label: m.changeColumn, numeric: true }] : []),
  ];
  return card('pekerjaan', m.occupationsTitle, table(ctx, m.occupationsCaption, columns, rows, 'bars'));
}
