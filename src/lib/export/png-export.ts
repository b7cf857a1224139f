import type { Lang } from '@/lib/i18n/lang';
import { downloadBlob } from './download';
import type { ExportInfo } from './png-context';
import { renderPng } from './png-canvas';
import { chartFilters } from './png-filters';
import { pngFileName } from './png-layout';
import { chartSvg } from './png-svg';
import { asOfText, exportBands } from './png-text';
import { domToSvg } from './view-image';

// Loaded on the first click of a PNG button (dynamic import), so none of this weighs on the first paint.

export interface ChartPngRequest {
  /** The panel's body: the chart as on screen. */
  body: HTMLElement;
  /** The chart's panel, for its controls. */
  panel: Element;
  title: string;
  /** Name for the file, the CSV's slug when the chart has one. */
  name: string;
  /** The chart's data date (YYYY-MM-DD). */
  chartDate: string | null;
  info: ExportInfo | null;
  lang: Lang;
  now?: Date;
}

/** Draws one chart with its title, data date, filters, source and export time, and downloads it as PNG. */
export async function exportChartPng({ body, panel, title, name, chartDate, info, lang, now = new Date() }: ChartPngRequest): Promise<Blob> {
  // An SVG chart (.chart-plot) becomes a standalone SVG (works in every browser); an HTML chart (the retention
  // grid) is drawn through foreignObject like a whole view.
  const svg = chartSvg(body);
  const content = svg
    ? { ...svg, html: false }
    : {
        ...(await domToSvg(body, { width: Math.round(body.getBoundingClientRect().width), keepAncestors: true, exclude: '.panel__summary' })),
        html: true,
      };
  const bands = exportBands({
    title,
    asOf: asOfText(info, chartDate, lang),
    isDemo: info?.isDemo ?? false,
    filters: chartFilters(panel, document.getElementById('main')),
    exportedAt: now,
    lang,
  });
  const { blob } = await renderPng({ ...content, background: '#ffffff' }, bands);
  downloadBlob(blob, pngFileName(name, chartDate));
  return blob;
}
