import { LOCALES, type Lang } from './i18n/lang';

// Every number, amount and date the interface shows goes through this module, so that the
// Indonesian conventions (11.000, 73,4%, Rp16.800, 13 Nov 2023, 18.50 WIB) live in one place.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

// Formatters are looked up by a short name per style: a chart or a table formats thousands of values
// on first paint, and building a key from the options (JSON) on every call showed up in profiles.
function numberFormat(lang: Lang, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${name}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${name}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** Calendar dates repeat across charts, tables and captions: each is formatted once per language. */
const formatted = new Map<string, string>();
function memo(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    // A bound, in case something formats an unbounded stream of dates.
    if (formatted.size > 20_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** 11000 → "11.000" (id) / "11,000" (en). Rounds to whole numbers. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, 'whole', { maximumFractionDigits: 0 }).format(value);
}

/** 312 → "+312", -40 → "-40", 0 → "0". */
export function formatSignedNumber(value: number, lang: Lang): string {
  return numberFormat(lang, 'signed', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** A ratio as a percentage with one decimal, never clipped: 0.734 → "73,4%", 1.042 → "104,2%". */
export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(lang, 'percent', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);
}

/** Whole Rupiah with no space and no decimals: 16800 → "Rp16.800". Intl's IDR style adds a space, hence by hand. */
export function formatRupiah(value: number, lang: Lang): string {
  const digits = formatNumber(Math.abs(value), lang);
  return `${value < 0 ? '-' : ''}Rp${digits}`;
}

/** A WIB calendar date `YYYY-MM-DD` → "13 Nov 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  return memo(`d|${lang}|${isoDate}`, () =>
    dateFormat(lang, 'date', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
  );
}

/** "Nov 2023". */
export function formatMonth(isoDate: string, lang: Lang): string {
  return memo(`m|${lang}|${isoDate}`, () =>
    dateFormat(lang, 'month', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
  );
}

/** An instant → "23 Nov 2026, 18.50 WIB" (id) / "23 Nov 2026, 18:50 WIB" (en), always in Jakarta time. */
export function formatDateTimeWib(isoDateTime: string, lang: Lang): string {
  // WIB is UTC+7 all year (no daylight saving): shifting the instant and reading it in UTC gives Jakarta's
  // wall clock without Intl's time-zone data, whose first load was the slowest call on the first paint.
  const wib = new Date(Date.parse(isoDateTime) + WIB_OFFSET_MS);
  const hours = String(wib.getUTCHours()).padStart(2, '0');
  const minutes = String(wib.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(wib.toISOString().slice(0, 10), lang)}, ${hours}${lang === 'id' ? '.' : ':'}${minutes} WIB`;
}

/** A file size: 812 → "812 B", 46_080 → "45 KB", 1_258_291 → "1,2 MB" (one decimal below 10, in units of 1024). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${numberFormat(lang, `fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
