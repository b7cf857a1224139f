import { useCallback, useEffect, useState } from 'react';

/** The Fullscreen API on the whole page: whether it is on, whether the browser offers it, and a toggle. */
export function useFullscreen() {
  const [active, setActive] = useState(() => document.fullscreenElement != null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement != null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const supported = document.fullscreenEnabled === true;
  /** False when the browser refuses. */
  const toggle = useCallback(async (): Promise<boolean> => {
    if (!document.fullscreenEnabled) return false;
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      return false;
    }
  }, []);
  return { active, supported, toggle };
}
