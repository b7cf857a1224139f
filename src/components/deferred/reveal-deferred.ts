import { startTransition } from 'react';
import { flushSync } from 'react-dom';

/**
 * Content held back by RenderWhenNear mounts everywhere at once when the whole page is needed: printing (the
 * print button, Ctrl+P, the browser's menu, print media), the view's PNG, keyboard navigation (Tab walks into
 * every section), and a link to a part of the page (#anchor). One set of window listeners serves every instance.
 */

const PRINTING_CLASS = 'is-printing';
const listeners = new Set<() => void>();
let installed = false;

/**
 * Mounts everything still held back. Synchronously by default: printing lays the page out right after
 * `beforeprint`. `{ urgent: false }` renders in a transition instead, yielding to input (a keyboard user's Tab).
 */
export function revealDeferred({ urgent = true }: { urgent?: boolean } = {}): void {
  if (listeners.size === 0) return;
  const pending = [...listeners];
  listeners.clear();
  const run = () => {
    for (const reveal of pending) reveal();
  };
  if (urgent) flushSync(run);
  else startTransition(run);
}

function scrollToHash(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  revealDeferred();
  // The target may only exist now; the browser's own jump to it happened (or failed) before.
  requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView?.());
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', () => revealDeferred());
  window.addEventListener('hashchange', scrollToHash);
  window.addEventListener('keydown', (event) => {
    // The first Tab lands in the header; the sections are there by the time focus reaches them.
    if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) revealDeferred({ urgent: false });
  });
  // The print button and PrintHeader switch the page to its printed layout with a class on <html>.
  if (typeof MutationObserver !== 'undefined') {
    const root = document.documentElement;
    new MutationObserver(() => {
      if (root.classList.contains(PRINTING_CLASS)) revealDeferred();
    }).observe(root, { attributes: true, attributeFilter: ['class'] });
  }
}

/** Whether held-back content should mount at once, as it is created (the page is printing, or opened at an anchor). */
export function revealAtOnce(): boolean {
  if (typeof window === 'undefined') return true;
  return document.documentElement.classList.contains(PRINTING_CLASS) || window.location.hash.length > 1;
}

/** Registers an instance's way to mount its content; returns the unsubscribe. */
export function onReveal(reveal: () => void): () => void {
  install();
  listeners.add(reveal);
  return () => listeners.delete(reveal);
}

const PENDING = '[data-deferred="waiting"], .skeleton, [aria-busy="true"]';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Mounts everything held back in `root` and waits until it has drawn: no placeholder, loading skeleton or busy
 * panel left (data fetched, chart code loaded), then two frames for the charts to measure and draw. Gives up
 * after `timeoutMs` and lets the caller go on with what there is.
 */
export async function revealAndSettle(root: ParentNode = document, timeoutMs = 10_000): Promise<void> {
  revealDeferred();
  const deadline = Date.now() + timeoutMs;
  while (root.querySelector(PENDING) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await nextFrame();
  await nextFrame();
}
