import type { Lang } from '@/lib/i18n/lang';
import { localizedTo } from '@/lib/i18n/localized-path';

export const SIGN_IN_PATH = '/masuk';

/**
 * Where to go after signing in. Only a path inside this app: `//evil.example` or `https://…` would make
 * the sign-in page an open redirect, so anything else falls back to the overview.
 */
export function safeNextPath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  try {
    const url = new URL(raw, 'http://app.invalid');
    return url.origin === 'http://app.invalid' && url.pathname !== SIGN_IN_PATH ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

/** `/masuk?next=/admin/impor`, in the current language; the overview needs no `next`. */
export function signInPath(next: string, lang: Lang) {
  return localizedTo(SIGN_IN_PATH, lang, next === '/' ? {} : { next });
}

/** The `next` path in the language the person is reading now, unless it names one itself. */
export function nextInLang(next: string, lang: Lang): string {
  const url = new URL(next, 'http://app.invalid');
  if (url.searchParams.has('lang')) return next;
  const to = localizedTo(url.pathname, lang, Object.fromEntries(url.searchParams));
  return `${to.pathname}${to.search}${url.hash}`;
}
