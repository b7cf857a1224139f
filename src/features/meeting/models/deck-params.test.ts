import fc from 'fast-check';
import { deckLink, MAX_DECK_UNITS, readDeck, THEMES, writeDeck, type DeckSettings } from './deck-params';
import { SLIDE_IDS } from './slides';

const read = (search: string) => readDeck(new URLSearchParams(search));

describe('the deck in the address', () => {
  it('has defaults for a bare /rapat: every slide, top units, light theme, by hand, not started', () => {
    expect(read('')).toEqual({ slides: [], units: [], theme: 'terang', intervalSeconds: 0, loop: false, page: null });
  });

  it('reads every parameter', () => {
    expect(read('hal=3&slide=unit&slide=capaian&unit=7&unit=12&tema=gelap&jeda=30&ulang=1&lang=en')).toEqual({
      slides: ['unit', 'capaian'],
      units: [7, 12],
      theme: 'gelap',
      intervalSeconds: 30,
      loop: true,
      page: 3,
    });
  });

  it('ignores values it cannot read, and takes an unreadable page as "started, first slide"', () => {
    expect(read('slide=grafik&unit=abc&unit=0&tema=ungu&jeda=-5&ulang=ya&hal=x')).toEqual({
      slides: [],
      units: [],
      theme: 'terang',
      intervalSeconds: 0,
      loop: false,
      page: 1,
    });
    expect(read('jeda=3601').intervalSeconds).toBe(0);
    expect(read('jeda=2').intervalSeconds).toBe(2);
    expect(read(`${Array.from({ length: MAX_DECK_UNITS + 5 }, (_, i) => `unit=${i + 1}`).join('&')}`).units).toHaveLength(MAX_DECK_UNITS);
  });

  it('writes only what differs from the defaults, keeps other parameters, and always writes the page', () => {
    const base = new URLSearchParams('lang=en');
    expect(writeDeck(base, { theme: 'terang', intervalSeconds: 0, loop: false, slides: [...SLIDE_IDS], units: [] }).toString()).toBe('lang=en');
    expect(writeDeck(base, { page: 1 }).toString()).toBe('lang=en&hal=1');
    expect(writeDeck(base, { theme: 'gelap', intervalSeconds: 20, loop: true }).toString()).toBe('lang=en&tema=gelap&jeda=20&ulang=1');
    expect(writeDeck(new URLSearchParams('hal=4&tema=gelap'), { page: null, theme: 'terang' }).toString()).toBe('');
    expect(writeDeck(base, { slides: ['ajakan', 'capaian'], units: [9, 3] }).toString()).toBe('lang=en&slide=capaian&slide=ajakan&unit=9&unit=3');
  });

  it('round-trips any deck (property)', () => {
    const settings = fc.record<DeckSettings>({
      slides: fc.uniqueArray(fc.constantFrom(...SLIDE_IDS), { minLength: 1 }),
      units: fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { maxLength: MAX_DECK_UNITS }),
      theme: fc.constantFrom(...THEMES),
      intervalSeconds: fc.integer({ min: 0, max: 3600 }),
      loop: fc.boolean(),
      page: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
    });
    fc.assert(
      fc.property(settings, (s) => {
        const back = readDeck(writeDeck(new URLSearchParams(), s));
        const allSlides = s.slides.length === SLIDE_IDS.length;
        expect(back).toEqual({ ...s, slides: allSlides ? [] : SLIDE_IDS.filter((id) => s.slides.includes(id)) });
      }),
    );
  });

  it('saves the deck as a link that opens on the first slide', () => {
    const params = new URLSearchParams('hal=5&slide=unit&slide=perhatian&unit=7&tema=gelap&lang=en');
    expect(deckLink('https://pantau.example', '/rapat', params)).toBe(
      'https://pantau.example/rapat?hal=1&slide=unit&slide=perhatian&unit=7&tema=gelap&lang=en',
    );
    expect(deckLink('https://pantau.example', '/rapat', new URLSearchParams())).toBe('https://pantau.example/rapat?hal=1');
  });
});
