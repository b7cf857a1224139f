import type { Lang } from '@/lib/i18n/lang';
import { downloadBlob } from './download';
import type { ExportInfo } from './png-context';
import { renderPng } from './png-canvas';
import { viewFilters } from './png-filters';
import { pngFileName } from './png-layout';
import { pageTitleFromDom } from './png-page-title';
import { asOfText, exportBands } from './png-text';
import { domToSvg } from './view-image';

// Loaded on the first click of the view's PNG button (dynamic import).

export interface ViewPngRequest {
  /** The page's <main>. */
  main: HTMLElement;
  /** The page's name; read from the navigation and the page heading when not given. */
  title?: string;
  info: ExportInfo | null;
  lang: Lang;
  now?: Date;
}

/** The whole view, as wide as it is on screen, in one tall PNG with the same bands as a chart's. */
export async function exportViewPng({ main, title, info, lang, now = new Date() }: ViewPngRequest): Promise<Blob> {
  const name = title ?? pageTitleFromDom(document);
  const width = Math.round(main.getBoundingClientRect().width);
  const content = await domToSvg(main, { width });
  const background = getComputedStyle(document.documentElement).backgroundColor || '#f3f5f4';
  const bands = exportBands({
    title: name,
    asOf: asOfText(info, undefined, lang),
    isDemo: info?.isDemo ?? false,
    filters: viewFilters(main),
    exportedAt: now,
    lang,
  });
  const { blob } = await renderPng({ ...content, background, html: true }, bands);
  downloadBlob(blob, pngFileName(name, info?.asOfDate ?? null));
  return blob;
}
