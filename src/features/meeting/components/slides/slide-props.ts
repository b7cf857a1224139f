import type { DeckPalette } from '../../models/theme';
import type { DeckData } from '../use-deck-data';

/** What every slide gets from the deck: the data, its place in the deck (0-based) and the palette for its charts. */
export interface SlideProps {
  data: DeckData;
  index: number;
  count: number;
  palette: DeckPalette;
}
