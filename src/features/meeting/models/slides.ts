/**
 * The deck's slides, in the order they are shown. Their ids are the values of `slide=` in the address, so
 * they are words a person can read in a link; renaming one breaks saved decks.
 */
export const SLIDE_IDS = ['capaian', 'laju', 'peringkat', 'unit', 'perhatian', 'pekerjaan', 'ajakan'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export function isSlideId(value: string): value is SlideId {
  return (SLIDE_IDS as readonly string[]).includes(value);
}

/**
 * The slides a deck shows: the chosen ones in the deck's own order (a link cannot reorder them, so every
 * saved deck tells the story the same way round), or every slide when none is chosen.
 */
export function deckSlides(chosen: readonly SlideId[]): SlideId[] {
  if (chosen.length === 0) return [...SLIDE_IDS];
  return SLIDE_IDS.filter((id) => chosen.includes(id));
}

/** A 1-based page from the address as a 0-based index into `count` slides: out-of-range pages land on the nearest end. */
export function pageToIndex(page: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(1, Math.trunc(page)), count) - 1;
}

/** The choice written back: nothing when it is every slide, so the default deck keeps a clean address. */
export function chosenForParams(chosen: readonly SlideId[]): SlideId[] {
  const ordered = deckSlides(chosen);
  return ordered.length === SLIDE_IDS.length ? [] : ordered;
}

/** Toggles one slide in a choice, never leaving the deck empty: unticking the last slide is refused. */
export function toggleSlide(chosen: readonly SlideId[], id: SlideId): SlideId[] {
  const current = deckSlides(chosen);
  const next = current.includes(id) ? current.filter((s) => s !== id) : deckSlides([...current, id]);
  return next.length === 0 ? current : chosenForParams(next);
}
