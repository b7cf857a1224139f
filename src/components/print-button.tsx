import { useMessages } from '@/lib/i18n/define-messages';
import { exportMessages } from '@/lib/export/png-messages';
import { revealAndSettle } from './deferred/reveal-deferred';

export const PRINTING_CLASS = 'is-printing';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Lays the page out at the paper's width (src/app/print.css, `html.is-printing`), gives the charts a moment to
 * measure their new width and redraw, then opens the print dialog. Printing straight away would print charts drawn
 * for the screen, scaled down. The class goes when printing ends (PrintHeader listens for afterprint), or at the
 * next touch or key where a browser never says so.
 */
export async function printPage(): Promise<void> {
  const root = document.documentElement;
  if (!root.classList.contains(PRINTING_CLASS)) {
    root.classList.add(PRINTING_CLASS);
    // Sections that mount as they come near mount now (the class tells them); print them drawn, not loading.
    await revealAndSettle(document.getElementById('main') ?? document, 8_000);
    await nextFrame();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await nextFrame();
  }
  window.print();
  const done = () => {
    if (!window.matchMedia?.('print').matches) root.classList.remove(PRINTING_CLASS);
  };
  window.addEventListener('pointerdown', done, { once: true });
  window.addEventListener('keydown', done, { once: true });
}

/** "Cetak / PDF": the browser's print dialog, laid out for A4; "Save as PDF" there makes the PDF. */
export function PrintButton() {
  const m = useMessages(exportMessages);
  return (
    <button type="button" className="button button--quiet" data-export-exclude="" title={m.printLabel} onClick={() => void printPage()}>
      {m.print}
    </button>
  );
}
