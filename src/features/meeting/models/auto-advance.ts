/**
 * Advancing on its own, for a room that watches without a presenter (a lobby TV): one timer per slide,
 * started afresh whenever the slide changes, so a presenter who steps in by hand gets the full interval.
 */

/** The slide after `index` when advancing on its own: back to the first when looping, none after the last otherwise. */
export function autoNextIndex(index: number, count: number, loop: boolean): number | null {
  if (count <= 1) return null;
  if (index < count - 1) return index + 1;
  return loop ? 0 : null;
}

export interface AutoAdvanceInput {
  intervalMs: number;
  index: number;
  count: number;
  loop: boolean;
  onAdvance: (nextIndex: number) => void;
}

/** Schedules the move away from the slide on screen; returns the cancel. Nothing is scheduled when there is nowhere to go. */
export function scheduleAutoAdvance({ intervalMs, index, count, loop, onAdvance }: AutoAdvanceInput): () => void {
  const next = autoNextIndex(index, count, loop);
  if (next === null || !(intervalMs > 0)) return () => {};
  const timer = setTimeout(() => onAdvance(next), intervalMs);
  return () => clearTimeout(timer);
}
