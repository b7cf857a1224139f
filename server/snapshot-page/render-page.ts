import type { Snapshot } from '../../contract/snapshots';
import type { Lang } from '../../src/lib/i18n/lang';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../snapshot-preview/render-preview';
import { formatDate, formatDateTimeWib, formatNumber, formatPercent } from './format';
import { compact, html, raw, type Html, type HtmlPart } from './html';
import { snapshotPageMessages, type SnapshotPageMessages } from './messages';
import { PAGE_CSS } from './page-styles';
import type { PageView } from './page-view';
import type { Comparison, RenderContext } from './render-context';
import { kecamatanSection, unitsSection } from './section-breakdowns';
import { coverageSection } from './section-coverage';
import { eventsSection } from './section-events';
import { headlineSection, scopeRow } from './section-headline';
import { occupationsSection } from './section-occupations';
import { progressSection } from './section-progress';
import { rankingSection } from './section-ranking';

const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%230a7d3b'/%3E%3Cpath d='M9 17l5 5 9-11' stroke='white' stroke-width='3.5' fill='none' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E";

export interface PageLinks {
  /** Absolute address of this page, for og:url. */
  pageUrl: string;
  /** Absolute address of the preview image. */
  imageUrl: string;
  /** The same page in the other language (relative). */
  otherLanguage: string;
}

/** Only for a signed-in staff member: never rendered for anyone else. */
export interface StaffLinks {
  compare: string;
  closeCompare: string;
  live: string;
}

export interface SnapshotPageInput {
  snapshot: Snapshot;
  lang: Lang;
  view: PageView;
  compare: Comparison;
  links: PageLinks;
  staff: StaffLinks | null;
}

/** The headline in one line, for og:description and the page's description. */
export function previewDescription(snapshot: Snapshot, view: PageView, lang: Lang): string {
  const m = snapshotPageMessages[lang];
  const s = snapshot.data.summary;
  const scope = scopeRow(view, snapshot.data);
  const standing = scope?.row ?? s;
  const numbers = m.ogNumbers(formatNumber(standing.registered, lang), formatNumber(standing.target, lang), formatPercent(standing.progress, lang));
  const date = snapshot.asOfDate ?? s.asOfDate;
  return [scope ? `${scope.row.name}: ${numbers}` : numbers, date ? m.ogDataDate(formatDate(date, lang)) : null, m.productName].filter(Boolean).join(' · ');
}

function viewName(ctx: RenderContext): string {
  const { m, view } = ctx;
  const page = view.page;
  const scope = scopeRow(ctx.view, ctx.data);
  let name: string;
  if (page.page === '/unit/:id') name = m.unitPage(scope?.row.name ?? String(page.unit));
  else if (page.page === '/kecamatan/:name') name = m.kecamatanPage(scope?.row.name ?? page.kecamatan);
  else name = m.pages[page.page];
  if (page.page === '/peringkat' || page.page === '/') {
    const ranking = view.metric === 'percent' ? ctx.data.rankingPercent : undefined;
    if (page.page === '/peringkat' || ranking) name += ` (${m.byMetric[view.metric]})`;
  }
  return name;
}

function body(ctx: RenderContext): HtmlPart[] {
  const page = ctx.view.page;
  const tables = (units: HtmlPart) => (ctx.view.tab === 'kecamatan' ? [kecamatanSection(ctx), units] : [units, kecamatanSection(ctx)]);
  switch (page.page) {
    case '/':
      return [
        headlineSection(ctx),
        progressSection(ctx),
        html`<div class="two">${rankingSection(ctx, { withHistory: false })}<div class="stack">${occupationsSection(ctx)}${eventsSection(ctx)}</div></div>`,
        ...tables(unitsSection(ctx, { withAttention: true })),
      ];
    case '/peringkat':
      return [headlineSection(ctx), rankingSection(ctx, { withHistory: true }), eventsSection(ctx)];
    case '/cakupan':
      return [headlineSection(ctx), coverageSection(ctx), eventsSection(ctx)];
    case '/unit':
      return [headlineSection(ctx), ...tables(unitsSection(ctx, { withAttention: true }))];
    case '/unit/:id':
      return [headlineSection(ctx), progressSection(ctx), occupationsSection(ctx), eventsSection(ctx)];
    case '/kecamatan/:name': {
      const name = scopeRow(ctx.view, ctx.data)?.row.name ?? page.kecamatan;
      return [
        headlineSection(ctx),
        progressSection(ctx),
        unitsSection(ctx, { kecamatan: name, withAttention: false, title: ctx.m.unitsInKecamatan(name) }),
        occupationsSection(ctx),
        eventsSection(ctx),
      ];
    }
  }
}

function staffPanel(ctx: RenderContext, staff: StaffLinks | null): Html | '' {
  if (!staff) return '';
  const { m } = ctx;
  const compare = ctx.compare;
  const live = compare.kind === 'on' ? compare.live.summary : null;
  return html`<nav class="card staff" aria-label="${m.staffTitle}">${
    compare.kind === 'off' ? html`<a href="${staff.compare}">${m.compareLink}</a>` : html`<a href="${staff.closeCompare}">${m.closeCompare}</a>`
  }<a href="${staff.live}">${m.liveLink}</a>${
    compare.kind === 'failed'
      ? html`<p role="status">${m.compareUnavailable}</p>`
      : live
        ? html`<p role="status">${m.compareIntro(live.asOf ? formatDateTimeWib(live.asOf, ctx.lang) : live.asOfDate ? formatDate(live.asOfDate, ctx.lang) : m.noData)}</p>`
        : ''
  }<p>${m.staffNote}</p></nav>`;
}

/** Line breaks of a note kept as <br>, its text escaped. */
const noteLines = (note: string) => note.split(/\r?\n/).map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`);

export function renderSnapshotPage(input: SnapshotPageInput): string {
  const { snapshot, lang } = input;
  const m: SnapshotPageMessages = snapshotPageMessages[lang];
  const ctx: RenderContext = { lang, m, snapshot, data: snapshot.data, view: input.view, compare: input.compare };
  const s = snapshot.data.summary;
  const asOf = snapshot.asOf ?? s.asOf;
  const stampWhen = asOf ? formatDateTimeWib(asOf, lang) : formatDateTimeWib(snapshot.createdAt, lang);
  const dataDate = snapshot.asOfDate ?? s.asOfDate;
  const description = previewDescription(snapshot, input.view, lang);

  const head = html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${m.docTitle(snapshot.title)}</title><meta name="description" content="${description}"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><meta name="theme-color" content="#05572a"><link rel="icon" href="${ICON}">${openGraph(m, lang, snapshot.title, description, input.links)}<style>${raw(PAGE_CSS)}</style>`;

  const band = html`<header class="band"><div class="wrap"><div class="brand"><span><b>${m.productName}</b> · ${m.subtitle}</span><a class="lang" href="${input.links.otherLanguage}" hreflang="${lang === 'id' ? 'en' : 'id'}" lang="${lang === 'id' ? 'en' : 'id'}" title="${m.switchLanguageHint}">${m.switchLanguage}</a></div><p class="stamp"><strong>${m.stamp(stampWhen)}</strong><span class="pill">${m.frozenPill}</span>${
    s.isDemo ? html`<span class="pill demo" title="${m.demoHint}">${m.demoBadge}</span>` : ''
  }</p><p class="sub-band">${m.frozen}</p><h1>${snapshot.title}</h1>${
    snapshot.note ? html`<p class="note"><span class="visually-hidden">${m.noteLabel}: </span>${noteLines(snapshot.note)}</p>` : ''
  }<ul class="meta"><li>${m.viewShown(viewName(ctx))}</li>${dataDate ? html`<li>${m.dataDate(formatDate(dataDate, lang))}</li>` : ''}<li>${m.createdBy(
    snapshot.author,
    formatDateTimeWib(snapshot.createdAt, lang),
  )}</li><li>${m.expiresOn(formatDate(wibDate(snapshot.expiresAt), lang))}</li></ul></div></header>`;

  const footer = html`<footer><div class="wrap"><p><b>${m.footerSource}</b></p><p>${m.footerPrivacy}</p><p>${m.footerFrozen(formatDateTimeWib(snapshot.createdAt, lang))}</p></div></footer>`;

  const page = html`<!doctype html><html lang="${lang}"><head>${head}</head><body><a class="skip" href="#isi">${m.skipToContent}</a>${band}<main id="isi"><div class="wrap">${staffPanel(ctx, input.staff)}${body(ctx)}</div></main>${footer}</body></html>`;
  return compact(page.value);
}

/** The WIB calendar date of an instant. */
const wibDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);

function openGraph(m: SnapshotPageMessages, lang: Lang, title: string, description: string, links: PageLinks): Html {
  return html`<meta property="og:type" content="website"><meta property="og:site_name" content="${m.productName}"><meta property="og:locale" content="${lang === 'id' ? 'id_ID' : 'en_GB'}"><meta property="og:locale:alternate" content="${lang === 'id' ? 'en_GB' : 'id_ID'}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:url" content="${links.pageUrl}"><meta property="og:image" content="${links.imageUrl}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="${PREVIEW_WIDTH}"><meta property="og:image:height" content="${PREVIEW_HEIGHT}"><meta property="og:image:alt" content="${m.ogImageAlt(title)}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${title}"><meta name="twitter:description" content="${description}"><meta name="twitter:image" content="${links.imageUrl}">`;
}
