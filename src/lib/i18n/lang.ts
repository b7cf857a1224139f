export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** Intl locale per interface language. English follows British conventions (day month year, 24-hour clock). */
export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
