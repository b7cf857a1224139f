import { useEffect, useState } from 'react';

export const IDLE_MS = 3000;

/**
 * True after `ms` without the mouse moving: the deck then hides the cursor and its controls. A pointer
 * or the Tab key brings them back; the presenter's clicker (PageUp/PageDown) does not, so the room
 * never sees them flash up at each slide.
 */
export function useIdle(ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = setTimeout(() => setIdle(true), ms);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') wake();
    };
    const events = ['mousemove', 'pointerdown', 'touchstart', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, wake, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, wake);
      window.removeEventListener('keydown', onKey);
    };
  }, [ms]);
  return idle;
}
