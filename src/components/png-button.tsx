import { useState, type MouseEvent } from 'react';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { useExportInfo } from '@/lib/export/png-context';
import { exportMessages } from '@/lib/export/png-messages';

interface PngButtonProps {
  /** The chart's title, drawn into the image and naming the button for screen readers. */
  title: string;
  /** id of the panel body that holds the chart. */
  bodyId: string;
  /** File-name slug source (the CSV's name when the chart has one). */
  name: () => string;
  /** The chart's data date. */
  chartDate: string | null;
}

/**
 * "Unduh PNG": the chart as an image with its title, data date, filters, source and export time drawn in. The
 * drawing code is imported on the first click, so it costs nothing until someone wants an image.
 */
export function PngButton({ title, bodyId, name, chartDate }: PngButtonProps) {
  const m = useMessages(exportMessages);
  const lang = useLang();
  const info = useExportInfo();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const busy = state === 'busy';

  async function onClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) return;
    const body = document.getElementById(bodyId);
    const panel = event.currentTarget.closest('.panel') ?? body?.parentElement;
    if (!body || !panel) return;
    setState('busy');
    try {
      const { exportChartPng } = await import('@/lib/export/png-export');
      await exportChartPng({ body, panel, title, name: name(), chartDate, info, lang });
      setState('idle');
    } catch (error) {
      console.warn('PNG export failed', error);
      setState('failed');
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={busy ? `${m.makingPng} ${title}` : m.downloadPngOf(title)}
        aria-disabled={busy || undefined}
        onClick={(event) => void onClick(event)}
      >
        {busy ? m.makingPng : m.downloadPng}
      </button>
      {state === 'failed' ? (
        <p className="export-error" role="alert">
          {m.pngFailed}
        </p>
      ) : null}
    </>
  );
}
