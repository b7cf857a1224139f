import { useCallback, useLayoutEffect, useState } from 'react';

/** What a chart draws at before its box has a width (a test DOM has no layout). */
export const FALLBACK_WIDTH = 640;

/**
 * The width of an element, measured before the first paint and again whenever it changes (window, print
 * layout, a panel opening): charts draw in real pixels, so text keeps its size at any width.
 */
export function useWidth<T extends Element>(): [(node: T | null) => void, number] {
  const [node, setNode] = useState<T | null>(null);
  const [width, setWidth] = useState(0);
  const ref = useCallback((el: T | null) => setNode(el), []);

  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => setWidth(Math.floor(node.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);

  return [ref, width > 0 ? width : FALLBACK_WIDTH];
}
