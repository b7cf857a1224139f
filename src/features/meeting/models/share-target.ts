import type { CreateSnapshotRequest } from '../../../../contract/snapshots';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';

/**
 * Where the closing slide's QR code leads: the public overview, live, for everyone; for signed-in staff,
 * once they ask for it, a snapshot of the overview frozen at the meeting (what was shown stays what the
 * link shows, after later imports too).
 */

/** The live overview, in the deck's language. */
export function overviewLink(origin: string, lang: Lang): string {
  const url = new URL('/', origin);
  if (lang !== DEFAULT_LANG) url.searchParams.set('lang', lang);
  return url.href;
}

/** The snapshot to ask the server for: the overview as the deck shows it. */
export function meetingSnapshotRequest(title: string, lang: Lang): CreateSnapshotRequest {
  return {
    title,
    note: null,
    view: { path: '/', params: lang === DEFAULT_LANG ? {} : { lang } },
  };
}

/** A link as short as it can be said aloud or typed: no scheme, no trailing slash. */
export function displayLink(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
