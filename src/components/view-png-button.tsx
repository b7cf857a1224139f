import { useState } from 'react';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { useExportInfo } from '@/lib/export/png-context';
import { exportMessages } from '@/lib/export/png-messages';
import { revealAndSettle } from './deferred/reveal-deferred';

/**
 * "Unduh PNG halaman": the page's main content (headline cards, charts, tables) in one tall image, with the page
 * name, data date, filters, source and export time drawn in. Left out of the image itself (data-export-exclude),
 * as is anything else so marked; the drawing code is imported on the first click.
 */
export function ViewPngButton({ title }: { title?: string }) {
  const m = useMessages(exportMessages);
  const lang = useLang();
  const info = useExportInfo();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const busy = state === 'busy';

  async function onClick() {
    if (busy) return;
    const main = document.getElementById('main');
    if (!main) return;
    setState('busy');
    try {
      // Sections that mount as they come near are all drawn first: the image is the whole view.
      await revealAndSettle(main);
      const { exportViewPng } = await import('@/lib/export/view-image-export');
      await exportViewPng({ main, title, info, lang });
      setState('idle');
    } catch (error) {
      console.warn('PNG export of the view failed', error);
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        data-export-exclude=""
        aria-disabled={busy || undefined}
        onClick={() => void onClick()}
      >
        {busy ? m.makingPng : m.downloadViewPng}
      </button>
      {state === 'failed' ? (
        <p className="export-error" role="alert" data-export-exclude="">
          {m.pngFailed}
        </p>
      ) : null}
    </>
  );
}
