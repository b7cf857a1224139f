import { WIB_OFFSET_MS } from '@/lib/dates';
import { formatDate, formatDateTimeWib } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { dictionaryFor } from '@/lib/i18n/use-t';
import { exportMessages } from './png-messages';
import { STYLES, type BandLine } from './png-layout';

/** A control's state as the page shows it: "Interval" / "Mingguan". */
export interface ExportFilter {
  label: string;
  value: string;
}

/** The campaign's data stamp (the summary's `asOf` instant and `asOfDate`). */
export interface AsOfInfo {
  asOf: string | null;
  asOfDate: string | null;
}

/** "Metrik: % ASN · Interval: Mingguan"; null when the view has no controls. Repeats are dropped. */
export function filterLine(filters: readonly ExportFilter[]): string | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { label, value } of filters) {
    const l = label.trim();
    const v = value.trim();
    if (!v) continue;
    const part = l ? `${l}: ${v}` : v;
    if (seen.has(part)) continue;
    seen.add(part);
    parts.push(part);
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The WIB calendar date (YYYY-MM-DD) of an instant: UTC+7 all year, so no Intl time-zone data (see format.ts). */
export function wibDate(instant: string): string {
  return new Date(Date.parse(instant) + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * "Data per 13 Nov 2023, 14.05 WIB": the data's date, with the time the data was loaded when that was on the same
 * day. A chart that speaks for another date (the regional recap, or data loaded days after its date) gets its own
 * date only, so the image never says other than the stamp under the chart's title. Without a chart date, the
 * campaign's stamp.
 */
export function asOfText(info: AsOfInfo | null, chartDate: string | null | undefined, lang: Lang): string {
  const t = dictionaryFor(lang);
  const date = chartDate || info?.asOfDate || null;
  if (date) {
    const loaded = info?.asOf ?? null;
    return t.dataAsOf(loaded && wibDate(loaded) === date ? formatDateTimeWib(loaded, lang) : formatDate(date, lang));
  }
  if (info?.asOf) return t.dataAsOf(formatDateTimeWib(info.asOf, lang));
  return t.noDataYet;
}

export interface BandsInput {
  title: string;
  asOf: string;
  isDemo: boolean;
  filters: readonly ExportFilter[];
  exportedAt: Date;
  lang: Lang;
}

/** The header and footer text of an exported image. */
export function exportBands({ title, asOf, isDemo, filters, exportedAt, lang }: BandsInput): { header: BandLine[]; footer: BandLine[] } {
  const t = dictionaryFor(lang);
  const m = exportMessages[lang];
  const header: BandLine[] = [
    { text: title, style: STYLES.title },
    { text: asOf, style: STYLES.meta },
  ];
  if (isDemo) header.push({ text: `${t.demoBadge}: ${t.demoBadgeHint}`, style: STYLES.warning });
  const filterText = filterLine(filters);
  if (filterText) header.push({ text: filterText, style: STYLES.meta });
  const footer: BandLine[] = [
    { text: m.source, style: STYLES.footer },
    { text: m.exportedAt(formatDateTimeWib(exportedAt.toISOString(), lang)), style: STYLES.footer },
  ];
  return { header, footer };
}

/** Text as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, '\\a ')}"`;
}

/**
 * The printed pages' margin boxes: the product and print time bottom left, "Halaman 2 dari 5" bottom right.
 * Written at print time, because CSS alone knows neither the language nor the time.
 */
export function printMarginCss(lang: Lang, printedAt: Date): string {
  const m = exportMessages[lang];
  const left = `${dictionaryFor(lang).productName} · ${m.printedAt(formatDateTimeWib(printedAt.toISOString(), lang))}`;
  return (
    `@page { @bottom-left { content: ${cssString(left)}; } ` +
    `@bottom-right { content: ${cssString(`${m.pageWord} `)} counter(page) ${cssString(` ${m.ofWord} `)} counter(pages); } }`
  );
}
