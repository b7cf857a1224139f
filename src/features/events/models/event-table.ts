import type { EventSort, EventSortKey } from '@/lib/url-state/params';
import type { NumberedEvent } from './event-annotations';

// The order lives in the URL (`?eventsort=-change`): its parameter is in src/lib/url-state/params.ts.

const valueOf = (e: NumberedEvent, key: EventSortKey): number | null => (key === 'date' ? e.number : e[key]);

/**
 * Sorted by one column; an event with nothing to compare with (no change) goes last either way, and
 * equal values keep the events' own order, so the table never shuffles between clicks.
 */
export function sortEvents(events: readonly NumberedEvent[], sort: EventSort): NumberedEvent[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...events].sort((a, b) => {
    const va = valueOf(a, sort.key);
    const vb = valueOf(b, sort.key);
    if (va === null || vb === null) return va === vb ? a.number - b.number : va === null ? 1 : -1;
    return sign * (va - vb) || a.number - b.number;
  });
}

/** The event after which registrations rose the most, against a non-empty 14 days before; null if none rose. */
export function largestRise(events: readonly NumberedEvent[]): NumberedEvent | null {
  let best: NumberedEvent | null = null;
  for (const e of events) {
    if (e.change === null || e.change <= 0) continue;
    if (best === null || e.change > best.change!) best = e;
  }
  return best;
}
