import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readDeck, writeDeck, type DeckSettings } from '../models/deck-params';

/**
 * The deck's state from the address, and a setter that writes it back. Every change replaces the history
 * entry: moving through slides is not a trail of pages for the Back button.
 */
export function useDeckUrl() {
  const [params, setParams] = useSearchParams();
  const settings = useMemo(() => readDeck(params), [params]);
  const update = useCallback(
    (change: Partial<DeckSettings>) => setParams((current) => writeDeck(current, change), { replace: true, preventScrollReset: true }),
    [setParams],
  );
  return { settings, params, update };
}
