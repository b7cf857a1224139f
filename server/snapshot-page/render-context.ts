import type { Snapshot, SnapshotData } from '../../contract/snapshots';
import type { Lang } from '../../src/lib/i18n/lang';
import { formatNumber, formatSignedNumber, formatSignedPoints } from './format';
import { html, type Html, type HtmlPart } from './html';
import type { SnapshotPageMessages } from './messages';
import type { PageView } from './page-view';

/**
 * Live data beside the frozen numbers: only for a signed-in staff member who asked (`?bandingkan=1`).
 * `failed`: the view cannot be computed now (its unit was removed, say).
 */
export type Comparison = { kind: 'off' } | { kind: 'on'; live: SnapshotData } | { kind: 'failed' };

export interface RenderContext {
  lang: Lang;
  m: SnapshotPageMessages;
  snapshot: Snapshot;
  data: SnapshotData;
  view: PageView;
  compare: Comparison;
}

export const liveData = (ctx: RenderContext): SnapshotData | null => (ctx.compare.kind === 'on' ? ctx.compare.live : null);

/** A section card with its heading (its accessible name); `id` for in-page anchors. */
export function card(id: string, title: string, body: HtmlPart, options: { sub?: string | undefined } = {}): Html {
  return html`<section class="card" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${options.sub ? html`<p class="sub">${options.sub}</p>` : ''}${body}</section>`;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

/** A table in a keyboard-scrollable box, so a wide table never widens the phone's page. */
export function table(ctx: RenderContext, caption: string, columns: readonly Column[], rows: readonly Html[], className = ''): Html {
  return html`<div class="scroll" role="region" tabindex="0" aria-label="${ctx.m.tableScroll(caption)}"><table${className ? html` class="${className}"` : ''}><caption>${caption}</caption><thead><tr>${columns.map(
    (c) => html`<th scope="col"${c.numeric ? html` class="n"` : ''}>${c.label}</th>`,
  )}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A number cell: cells are right-aligned numbers unless marked as text (`text`). */
export const num = (value: HtmlPart) => html`<td>${value}</td>`;
export const text = (value: HtmlPart) => html`<td class="t">${value}</td>`;

/** A change in workers, coloured by its sign (the sign is written too, so colour is never the only cue). */
export function workersChange(ctx: RenderContext, change: number): Html {
  return html`<span class="${change > 0 ? 'up' : change < 0 ? 'down' : ''}">${formatSignedNumber(change, ctx.lang)}</span>`;
}

export function pointsChange(ctx: RenderContext, change: number): Html {
  return html`<span class="${change > 0.0005 ? 'up' : change < -0.0005 ? 'down' : ''}">${formatSignedPoints(change, ctx.lang)}</span>`;
}

export const fmt = (ctx: RenderContext, value: number) => formatNumber(value, ctx.lang);
