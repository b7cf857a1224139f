/**
 * Whether the reader has scrolled the page since it opened. Until then only what is on the first screen is worth
 * drawing: a phone that has just opened the overview spends its time on the headline and stays responsive, and
 * the sections a viewport ahead start mounting with the first scroll (see RenderWhenNear).
 */

let moved = false;
const listeners = new Set<() => void>();

function onFirstScroll(): void {
  moved = true;
  window.removeEventListener('scroll', onFirstScroll);
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

if (typeof window !== 'undefined') window.addEventListener('scroll', onFirstScroll, { passive: true });

export function readerHasMoved(): boolean {
  return moved;
}

/** Calls `listener` once, on the first scroll; returns how to stop waiting. */
export function onReaderMoved(listener: () => void): () => void {
  if (moved) {
    listener();
    return () => {};
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
