import type { CSSProperties } from 'react';
import type { DeckTheme } from './deck-params';

/**
 * The deck's two palettes, one source for the stylesheet (as CSS variables on the deck) and the charts
 * (SVG attributes cannot read CSS variables everywhere). Light for projectors: near-black on white, deep
 * saturated green and blue that survive a washed-out image (text colours at least 7:1 on the background).
 * Dark for TVs, which glare less with a dark field.
 */
export interface DeckPalette {
  bg: string;
  ink: string;
  /** Secondary text: still at least 7:1, never a pale grey. */
  ink2: string;
  green: string;
  blue: string;
  warn: string;
  /** Fills behind bars and the progress track: decoration only, never text. */
  track: string;
  grid: string;
  /** A tinted panel behind key figures. */
  panel: string;
  /** The letterbox around the slide. */
  letterbox: string;
}

export const PALETTES: Record<DeckTheme, DeckPalette> = {
  terang: {
    bg: '#ffffff',
    ink: '#0b1320',
    ink2: '#1f2b3a',
    green: '#00662b',
    blue: '#0041a3',
    warn: '#9c2500',
    track: '#d3dce5',
    grid: '#b8c4d0',
    panel: '#eef5f0',
    letterbox: '#000000',
  },
  gelap: {
    bg: '#0b1220',
    ink: '#ffffff',
    ink2: '#e3e9f1',
    green: '#5ee08f',
    blue: '#8cc8ff',
    warn: '#ffb48f',
    track: '#2c3a50',
    grid: '#3b4a61',
    panel: '#142238',
    letterbox: '#000000',
  },
};

/** The palette as CSS custom properties for the deck's root element. */
export function paletteStyle(theme: DeckTheme): CSSProperties {
  const p = PALETTES[theme];
  return {
    '--deck-bg': p.bg,
    '--deck-ink': p.ink,
    '--deck-ink-2': p.ink2,
    '--deck-green': p.green,
    '--deck-blue': p.blue,
    '--deck-warn': p.warn,
    '--deck-track': p.track,
    '--deck-grid': p.grid,
    '--deck-panel': p.panel,
    '--deck-letterbox': p.letterbox,
  } as CSSProperties;
}
