import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { onReaderMoved, readerHasMoved } from './reader-moved';
import { onReveal, revealAtOnce } from './reveal-deferred';
import './render-when-near.css';

/** What a section shows while its data or chart code is on the way. */
const LOADING = '.skeleton, [aria-busy="true"]';
const SETTLE_LIMIT_MS = 15_000;

interface RenderWhenNearProps {
  /** Stands in until the content mounts: the section's heading and a loading line, sized like the content. */
  placeholder: ReactNode;
  children: ReactNode;
  /**
   * How far outside the viewport the content starts mounting (IntersectionObserver rootMargin), once the reader
   * has scrolled; before that, only content on the screen mounts.
   */
  rootMargin?: string;
  /**
   * The data the content shows, fetched before it mounts: it then renders once, with its data, in a transition
   * that yields to input, instead of rendering a loading state and then everything again in one long task.
   */
  prefetch?: () => Promise<unknown>;
  className?: string;
  id?: string;
}

/**
 * Mounts heavy content (charts, long tables, and the queries behind them) only when it comes near the viewport,
 * so a phone draws and runs the first screen without the rest of a long page. Once mounted it stays.
 *
 * The content mounts at once where there is no IntersectionObserver (jsdom), when the page is printing or opened
 * at an #anchor, and everywhere at once for print, the view's PNG and keyboard navigation (see reveal-deferred).
 * The wrapper keeps the placeholder's place: give it, through `className`, a min-height close to the content's,
 * so nothing moves when the content arrives (once the reader scrolls, it arrives a viewport ahead of being seen).
 */
export function RenderWhenNear({ placeholder, children, rootMargin = '100% 0px', prefetch, className, id }: RenderWhenNearProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined' || revealAtOnce());
  const [moved, setMoved] = useState(readerHasMoved);
  const ref = useRef<HTMLDivElement>(null);

  // Until the first scroll, content off the screen waits: the page that just opened draws its first screen only.
  useEffect(() => (near || moved ? undefined : onReaderMoved(() => setMoved(true))), [near, moved]);

  // Already on screen when it first lays out (a tall screen, a page opened scrolled down): mount before the
  // placeholder is ever painted, so it is never seen to change size.
  useLayoutEffect(() => {
    const rect = ref.current?.getBoundingClientRect();
    if (!near && rect && rect.top < window.innerHeight && rect.bottom > 0) setNear(true);
    // Only the first layout; later ones are the observer's.
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    // Reached by scrolling: a transition, so rendering the content yields to input instead of blocking it.
    let started = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (started || !entries.some((e) => e.isIntersecting)) return;
        started = true;
        const mount = () => startTransition(() => setNear(true));
        if (prefetch) void prefetch().then(mount, mount);
        else mount();
      },
      { rootMargin: moved ? rootMargin : '0px' },
    );
    observer.observe(el);
    // Needed whole (print, PNG, keyboard): revealDeferred batches every instance, in flushSync or a transition.
    const unsubscribe = onReveal(() => setNear(true));
    return () => {
      observer.disconnect();
      unsubscribe();
    };
    // A new prefetch function each render is the same data; only `near` and the margin matter.
  }, [near, moved, rootMargin]);

  // Freshly mounted content first shows its own loading state, shorter than the place held for it; the place stays
  // held (`data-settling`) until nothing inside is loading, or the sections below would come near and mount too.
  // A layout effect: the attribute must be there before the browser lays out (and the observer looks) again.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!near || !el || typeof MutationObserver === 'undefined') return;
    const settled = () => !el.querySelector(LOADING);
    if (settled()) return;
    el.setAttribute('data-settling', '');
    const done = () => {
      el.removeAttribute('data-settling');
      observer.disconnect();
      clearTimeout(timer);
    };
    const observer = new MutationObserver(() => {
      if (settled()) done();
    });
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'class'] });
    const timer = setTimeout(done, SETTLE_LIMIT_MS);
    return done;
  }, [near]);

  return (
    <div ref={ref} id={id} className={className} data-deferred={near ? 'mounted' : 'waiting'}>
      {near ? children : placeholder}
    </div>
  );
}
