import type { Lang } from '../../src/lib/i18n/lang';
import { compact, html, raw } from './html';
import { snapshotPageMessages } from './messages';
import { PAGE_CSS } from './page-styles';

export type SnapshotProblem = { kind: 'not_found' } | { kind: 'expired' } | { kind: 'revoked' } | { kind: 'blocked'; retryAfterSeconds: number };

export const problemStatus = (problem: SnapshotProblem): 404 | 410 | 429 =>
  problem.kind === 'not_found' ? 404 : problem.kind === 'blocked' ? 429 : 410;

/**
 * The page for a link that shows nothing: unknown, expired, revoked, or too many misses from this address.
 * It says which, plainly, and what to do; it never carries a snapshot's title or numbers, not even in its tags.
 */
export function renderProblemPage(problem: SnapshotProblem, lang: Lang, otherLanguage: string): string {
  const m = snapshotPageMessages[lang];
  const [title, ...lines] =
    problem.kind === 'not_found'
      ? [m.notFoundTitle, m.notFoundBody, m.checkLink]
      : problem.kind === 'expired'
        ? [m.expiredTitle, m.expiredBody, m.askSender]
        : problem.kind === 'revoked'
          ? [m.revokedTitle, m.revokedBody, m.askSender]
          : [m.tooManyTitle, m.tooManyBody(String(problem.retryAfterSeconds))];
  const other = lang === 'id' ? 'en' : 'id';
  const page = html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · ${m.productName}</title><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><meta property="og:type" content="website"><meta property="og:site_name" content="${m.productName}"><meta property="og:title" content="${title}"><style>${raw(PAGE_CSS)}</style></head><body><main class="gone"><p class="brand"><span><b>${m.productName}</b> · ${m.subtitle}</span></p><h1>${title}</h1>${lines.map(
    (line) => html`<p>${line}</p>`,
  )}<p class="code">${m.statusCode(String(problemStatus(problem)))} · <a href="${otherLanguage}" hreflang="${other}" lang="${other}">${m.switchLanguage}</a></p></main></body></html>`;
  return compact(page.value);
}
