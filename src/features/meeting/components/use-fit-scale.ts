import { useLayoutEffect, useState, type RefObject } from 'react';

/** Every slide is laid out on a 1920 x 1080 canvas and scaled to the screen, so type sizes are fractions of its height. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export interface Fit {
  scale: number;
  left: number;
  top: number;
}

/** The largest 16:9 slide that fits, centred: bars above and below, or at the sides, where the screen is not 16:9. */
export function fitSlide(width: number, height: number): Fit {
  const scale = Math.max(0, Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
  return { scale, left: (width - SLIDE_WIDTH * scale) / 2, top: (height - SLIDE_HEIGHT * scale) / 2 };
}

/** The fit for the element's box, kept up to date as the window or full screen changes. */
export function useFitSlide(ref: RefObject<HTMLElement | null>): Fit {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      // jsdom lays nothing out: the window's size stands in.
      const width = element.clientWidth || window.innerWidth;
      const height = element.clientHeight || window.innerHeight;
      setSize((current) => (current.width === width && current.height === height ? current : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return fitSlide(size.width, size.height);
}
