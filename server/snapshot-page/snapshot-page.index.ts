import type { Context } from 'hono';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../contract/auth';
import { snapshotPagePath, type Snapshot } from '../../contract/snapshots';
import type { Lang } from '../../src/lib/i18n/lang';
import { clientIp } from '../auth/request-info';
import { lookupSession } from '../auth/sessions';
import type { AuthSettings } from '../auth/settings';
import type { Db } from '../db/client';
import { ScopeError } from '../campaign/scope';
import { NoCampaignError } from '../campaign/get-campaign';
import { computeSnapshotData, SnapshotViewError } from '../routes/snapshots/snapshots.queries';
import { renderSnapshotPreview } from '../snapshot-preview/render-preview';
import { PAGE_CSS_HASH } from './page-styles';
import { liveViewHref, pickLang, readPageView, type PageView } from './page-view';
import { publicOrigin } from './public-url';
import type { Comparison } from './render-context';
import { renderSnapshotPage, type StaffLinks } from './render-page';
import { lookupForClient, type GuardedLookup } from './snapshot-lookup';
import { problemStatus, renderProblemPage, type SnapshotProblem } from './status-pages';

export interface SnapshotPageOptions {
  db: Db;
  auth: AuthSettings;
  /** PUBLIC_URL: the address people reach the app at, for absolute links in the page's tags. */
  publicUrl?: string | undefined;
}

export const PREVIEW_IMAGE = 'pratinjau.png';

/** No script at all; the one style block by hash; nothing fetched; never framed. */
const PAGE_CSP = `default-src 'none'; style-src ${PAGE_CSS_HASH}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** Every answer under /s/: the token is in the address, so nothing is cached, indexed, or sent on as a referrer. */
function privateHeaders(c: Context) {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
}

function problemOf(found: Exclude<GuardedLookup, { status: 'found' }>): SnapshotProblem {
  if (found.status === 'blocked') return { kind: 'blocked', retryAfterSeconds: found.retryAfterSeconds };
  if (found.status === 'gone') return { kind: found.reason };
  return { kind: 'not_found' };
}

/** `?a=1&b=2` from the pairs given (empty values left out), or '' when there are none. */
function query(pairs: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(pairs)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The public snapshot page, rendered on the server as plain HTML: `/s/<token>` and its Open Graph image
 * `/s/<token>/pratinjau.png`. Same lookup, rate limit and open counting as GET /api/snapshots/{token}.
 */
export function createSnapshotPageRouter({ db, auth, publicUrl }: SnapshotPageOptions) {
  const router = new Hono();
  // The page is mostly table text: gzip takes ~60 KB to ~11 KB for a phone on a weak connection.
  router.use('/s/*', compress());

  async function lookup(c: Context, countOpen: boolean): Promise<GuardedLookup> {
    return lookupForClient(db, c.req.param('token') ?? '', clientIp(c, auth.trustProxy), auth.now(), { countOpen });
  }

  function problemPage(c: Context, problem: SnapshotProblem, lang: Lang) {
    if (problem.kind === 'blocked') c.header('Retry-After', String(problem.retryAfterSeconds));
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(renderProblemPage(problem, lang, query({ lang: lang === 'id' ? 'en' : 'id' })), problemStatus(problem));
  }

  /** A signed-in staff member (any role), from the session cookie, as the API's middleware reads it. */
  async function signedIn(c: Context): Promise<boolean> {
    const token = getCookie(c, SESSION_COOKIE);
    return token ? (await lookupSession(db, token, auth.now(), auth.session)) !== null : false;
  }

  async function comparison(snapshot: Snapshot): Promise<Comparison> {
    try {
      return { kind: 'on', live: await computeSnapshotData(db, snapshot.view) };
    } catch (error) {
      // The view may no longer be computable (a unit removed since, or no campaign); anything else is a bug.
      if (error instanceof ScopeError || error instanceof SnapshotViewError || error instanceof NoCampaignError) return { kind: 'failed' };
      throw error;
    }
  }

  router.get('/s/:token', async (c) => {
    privateHeaders(c);
    const langQuery = c.req.query('lang');
    const found = await lookup(c, true);
    if (found.status !== 'found') return problemPage(c, problemOf(found), pickLang(langQuery, null));

    const snapshot = found.snapshot;
    const lang = pickLang(langQuery, snapshot.view);
    // The stored path was checked when the snapshot was made; the overview is only a fallback.
    const view: PageView = readPageView(snapshot.view) ?? readPageView({ path: '/', params: {} })!;
    const token = c.req.param('token');
    const origin = publicOrigin(c, { publicUrl, trustProxy: auth.trustProxy });
    const langParam = langQuery === lang ? lang : undefined;
    const staff = await signedIn(c);
    // Live numbers only ever for a session: for anyone else `bandingkan` is ignored.
    const comparing = staff && c.req.query('bandingkan') === '1';
    const staffLinks: StaffLinks | null = staff
      ? {
          compare: query({ lang: langParam, bandingkan: '1' }),
          closeCompare: query({ lang: langParam }) || snapshotPagePath(token),
          live: liveViewHref(snapshot.view),
        }
      : null;
    const html = renderSnapshotPage({
      snapshot,
      lang,
      view,
      compare: comparing ? await comparison(snapshot) : { kind: 'off' },
      links: {
        pageUrl: `${origin}${snapshotPagePath(token)}${query({ lang: langParam })}`,
        imageUrl: `${origin}${snapshotPagePath(token)}/${PREVIEW_IMAGE}${query({ lang: langParam })}`,
        otherLanguage: query({ lang: lang === 'id' ? 'en' : 'id', bandingkan: comparing ? '1' : undefined }),
      },
      staff: staffLinks,
    });
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(html, 200);
  });

  router.get(`/s/:token/${PREVIEW_IMAGE}`, async (c) => {
    privateHeaders(c);
    const langQuery = c.req.query('lang');
    // A chat app fetches the image beside the page: that is not a second open.
    const found = await lookup(c, false);
    if (found.status !== 'found') return problemPage(c, problemOf(found), pickLang(langQuery, null));
    const png = await renderSnapshotPreview(found.snapshot, { lang: pickLang(langQuery, found.snapshot.view) });
    return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) });
  });

  router.onError((error, c) => {
    console.error(error);
    privateHeaders(c);
    return c.text('Terjadi kesalahan di server. / Server error.', 500);
  });

  return router;
}
