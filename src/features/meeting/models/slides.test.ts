import fc from 'fast-check';
import { chosenForParams, deckSlides, pageToIndex, SLIDE_IDS, toggleSlide, type SlideId } from './slides';

describe('the slide list from the address', () => {
  it('shows every slide, in the deck order, when none is chosen', () => {
    expect(deckSlides([])).toEqual(['capaian', 'laju', 'peringkat', 'unit', 'perhatian', 'pekerjaan', 'ajakan']);
  });

  it('shows the chosen slides in the deck order, whatever order the link lists them in', () => {
    expect(deckSlides(['ajakan', 'unit', 'capaian'])).toEqual(['capaian', 'unit', 'ajakan']);
    expect(deckSlides(['perhatian'])).toEqual(['perhatian']);
  });

  it('writes no choice back when every slide is chosen, so the default deck has a clean link', () => {
    expect(chosenForParams([...SLIDE_IDS].reverse())).toEqual([]);
    expect(chosenForParams(['pekerjaan', 'laju'])).toEqual(['laju', 'pekerjaan']);
  });

  it('toggles one slide and never leaves the deck empty', () => {
    expect(toggleSlide([], 'laju')).toEqual(['capaian', 'peringkat', 'unit', 'perhatian', 'pekerjaan', 'ajakan']);
    expect(toggleSlide(['unit'], 'capaian')).toEqual(['capaian', 'unit']);
    expect(toggleSlide(['unit', 'capaian'], 'unit')).toEqual(['capaian']);
    // Unticking the last slide is refused.
    expect(toggleSlide(['unit'], 'unit')).toEqual(['unit']);
    // Ticking the last missing slide is "all" again.
    expect(toggleSlide(SLIDE_IDS.filter((s) => s !== 'ajakan'), 'ajakan')).toEqual([]);
  });

  it('never toggles to an empty or unordered deck (property)', () => {
    const slide = fc.constantFrom(...SLIDE_IDS);
    fc.assert(
      fc.property(fc.uniqueArray(slide), slide, (chosen: SlideId[], id: SlideId) => {
        const next = deckSlides(toggleSlide(chosen, id));
        expect(next.length).toBeGreaterThan(0);
        expect(next).toEqual(SLIDE_IDS.filter((s) => next.includes(s)));
      }),
    );
  });

  it('reads the page as a 0-based index, landing on the nearest end when out of range', () => {
    expect(pageToIndex(1, 7)).toBe(0);
    expect(pageToIndex(7, 7)).toBe(6);
    expect(pageToIndex(9, 7)).toBe(6);
    expect(pageToIndex(0, 7)).toBe(0);
    expect(pageToIndex(3, 2)).toBe(1);
  });
});
