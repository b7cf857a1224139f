import { DEFAULT_LANG, type Lang } from './lang';

/**
 * A link target inside the app that keeps the interface language (`?lang=en`), which lives in the URL.
 * `params` are written first, so `?next=…&lang=en` reads naturally.
 */
export function localizedTo(pathname: string, lang: Lang, params: Record<string, string> = {}): { pathname: string; search: string } {
  const search = new URLSearchParams(params);
  if (lang !== DEFAULT_LANG) search.set('lang', lang);
  const text = search.toString();
  return { pathname, search: text ? `?${text}` : '' };
}
