import type { CampaignEvent } from '../../contract/events';
import { formatDate } from './format';
import { html, type Html } from './html';
import { card, fmt, num, table, text, type RenderContext } from './render-context';
import { numberedEvents } from './section-progress';

export function eventsSection(ctx: RenderContext): Html | '' {
  const { m, lang } = ctx;
  const events = ctx.data.events;
  if (!events) return '';
  if (events.events.length === 0) return card('peristiwa', m.eventsTitle, html`<p>${m.eventsEmpty}</p>`);
  const { key, direction } = ctx.view.eventSort;
  const value = (e: CampaignEvent) => (key === 'before' ? e.before : key === 'after' ? e.after : e.after - e.before);
  const sorted = numberedEvents(events.events).sort(
    (a, b) => (direction === 'asc' ? 1 : -1) * (key === 'date' ? a.n - b.n : value(a.event) - value(b.event)) || a.n - b.n,
  );
  const rows = sorted.map(
    ({ n, event }) =>
      html`<tr>${num(n)}${text(formatDate(event.date, lang))}${text(html`${event.title}<br><span class="sub">${m.eventKinds[event.kind]}</span>`)}${num(fmt(ctx, event.before))}${num(fmt(ctx, event.after))}</tr>`,
  );
  return card(
    'peristiwa',
    m.eventsTitle,
    table(
      ctx,
      m.eventsCaption,
      [{ label: m.numberColumn, numeric: true }, { label: m.dateColumn }, { label: m.eventColumn }, { label: m.beforeColumn, numeric: true }, { label: m.afterColumn, numeric: true }],
      rows,
    ),
    { sub: `${m.eventsIntro} ${m.eventsSorted(m.eventSortKeys[key], m.eventDirections[direction])}` },
  );
}
