import { useSearchParams } from 'react-router';
import { readParam } from '../url-state/param';
import { langParam } from '../url-state/params';
import { en } from './en';
import { id, type Dictionary } from './id';
import type { Lang } from './lang';

const dictionaries: Record<Lang, Dictionary> = { id, en };

export function dictionaryFor(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** The interface language, from `?lang=` (Indonesian when missing or invalid). */
export function useLang(): Lang {
  const [params] = useSearchParams();
  return readParam(langParam, params);
}

export function useT(): { t: Dictionary; lang: Lang } {
  const lang = useLang();
  return { t: dictionaries[lang], lang };
}
