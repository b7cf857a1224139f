import { WIB_TIME_ZONE } from './dates';
import { LOCALES, type Lang } from './i18n/lang';

// Every number, amount and date the interface shows goes through this module, so that the
// Indonesian conventions (11.000, 73,4%, Rp16.800, 13 Nov 2023, 18.50 WIB) live in one place.

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** 11000 → "11.000" (id) / "11,000" (en). Rounds to whole numbers. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** 312 → "+312", -40 → "-40", 0 → "0". */
export function formatSignedNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** A ratio as a percentage with one decimal, never clipped: 0.734 → "73,4%", 1.042 → "104,2%". */
export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio);
}

/** Whole Rupiah with no space and no decimals: 16800 → "Rp16.800". Intl's IDR style adds a space, hence by hand. */
export function formatRupiah(value: number, lang: Lang): string {
  const digits = formatNumber(Math.abs(value), lang);
  return `${value < 0 ? '-' : ''}Rp${digits}`;
}

/** A WIB calendar date `YYYY-MM-DD` → "13 Nov 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "Nov 2023". */
export function formatMonth(isoDate: string, lang: Lang): string {
  return dateFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant → "23 Nov 2026, 18.50 WIB" (id) / "23 Nov 2026, 18:50 WIB" (en), always in Jakarta time. */
export function formatDateTimeWib(isoDateTime: string, lang: Lang): string {
  const instant = new Date(isoDateTime);
  const date = dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: WIB_TIME_ZONE }).format(instant);
  const time = dateFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: WIB_TIME_ZONE }).format(instant);
  return `${date}, ${time} WIB`;
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
  return `${numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
