import {
  idListParam,
  enumParam,
  parseListParam,
  parseParam,
  readParam,
  writeListParam,
  writeParam,
  type ListParamSpec,
  type ParamSpec,
} from '@/lib/url-state/param';
import { chosenForParams, isSlideId, SLIDE_IDS, type SlideId } from './slides';

/**
 * The deck lives in the address, so "save the deck" is copying the link:
 *   hal    the slide on screen, 1-based. Missing means the deck has not started: the setup panel shows first.
 *   slide  the slides chosen (repeated, `slide=capaian&slide=unit`); none = all
 *   unit   the units on the leaderboard and attention slides (repeated ids); none = top units
 *   tema   `terang` (projector, default) or `gelap` (TV)
 *   jeda   seconds between slides when advancing on their own; 0 (default) = only by hand
 *   ulang  `1`: start again after the last slide (a lobby TV)
 * `lang` is the app's own and is left as it is. Only values that differ from the defaults are written,
 * except `hal`, whose presence says "started".
 */

/** More units than this do not fit the leaderboard slide at a size the back row can read. */
export const MAX_DECK_UNITS = 30;
export const MAX_INTERVAL_SECONDS = 3600;
const MAX_PAGE = 99;

export const slidesParam: ListParamSpec<SlideId> = {
  key: 'slide',
  list: true,
  max: SLIDE_IDS.length,
  parseItem: (raw) => (isSlideId(raw.trim()) ? (raw.trim() as SlideId) : undefined),
  serializeItem: (id) => id,
};

export const deckUnitsParam = idListParam('unit', MAX_DECK_UNITS);

export const THEMES = ['terang', 'gelap'] as const;
export type DeckTheme = (typeof THEMES)[number];
export const themeParam = enumParam('tema', THEMES, 'terang');

function wholeNumber(raw: string, min: number, max: number): number | undefined {
  if (!/^\d{1,5}$/.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return value >= min && value <= max ? value : undefined;
}

export const intervalParam: ParamSpec<number> = {
  key: 'jeda',
  defaultValue: 0,
  parse: (raw) => wholeNumber(raw, 0, MAX_INTERVAL_SECONDS),
  serialize: (seconds) => String(seconds),
};

export const loopParam: ParamSpec<boolean> = {
  key: 'ulang',
  defaultValue: false,
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (loop) => (loop ? '1' : '0'),
};

export const pageParam: ParamSpec<number> = {
  key: 'hal',
  defaultValue: 1,
  parse: (raw) => wholeNumber(raw, 1, MAX_PAGE),
  serialize: (page) => String(page),
};

export interface DeckSettings {
  /** The slides chosen; [] = every slide. */
  slides: SlideId[];
  /** Unit ids chosen; [] = the top units. */
  units: number[];
  theme: DeckTheme;
  /** Seconds per slide when advancing on its own; 0 = off. */
  intervalSeconds: number;
  loop: boolean;
  /** The 1-based slide on screen; null before the deck has started. */
  page: number | null;
}

export function readDeck(params: URLSearchParams): DeckSettings {
  const page = parseParam(pageParam, params);
  return {
    slides: parseListParam(slidesParam, params).values,
    units: parseListParam(deckUnitsParam, params).values,
    theme: readParam(themeParam, params),
    intervalSeconds: readParam(intervalParam, params),
    loop: readParam(loopParam, params),
    // An unreadable page still means the deck was started: it opens on the first slide.
    page: page.status === 'valid' ? page.value : page.status === 'invalid' ? 1 : null,
  };
}

/** A copy of `params` with `change` written; everything else in the address (lang) is kept. */
export function writeDeck(params: URLSearchParams, change: Partial<DeckSettings>): URLSearchParams {
  let next = new URLSearchParams(params);
  if (change.slides !== undefined) next = writeListParam(slidesParam, next, chosenForParams(change.slides));
  if (change.units !== undefined) next = writeListParam(deckUnitsParam, next, change.units);
  if (change.theme !== undefined) next = writeParam(themeParam, next, change.theme);
  if (change.intervalSeconds !== undefined) next = writeParam(intervalParam, next, change.intervalSeconds);
  if (change.loop !== undefined) next = writeParam(loopParam, next, change.loop);
  if (change.page !== undefined) {
    // Written even at its default: its presence is what says the deck has started.
    if (change.page === null) next.delete(pageParam.key);
    else next.set(pageParam.key, pageParam.serialize(change.page));
  }
  return next;
}

/** The link that saves this deck: every choice, opening straight on the first slide. */
export function deckLink(origin: string, pathname: string, params: URLSearchParams): string {
  const search = writeDeck(params, { page: 1 }).toString();
  return `${origin}${pathname}${search ? `?${search}` : ''}`;
}
