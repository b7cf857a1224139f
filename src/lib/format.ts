import { WIB_OFFSET_MS } from './dates';
import type { Lang } from './i18n/lang';

// Every number, amount and date the interface shows goes through this module, so that the
// Indonesian conventions (11.000, 73,4%, Rp16.800, 13 Nov 2023, 18.50 WIB) live in one place.


/*
 * Written by hand, without Intl: a page's first use of Intl loads the browser's locale data, 60-90 ms on a
 * desktop and four times that on a mid-range phone, all of it inside the render that paints the headline.
 * The output is Intl's own (format.test.ts checks it against Intl.NumberFormat and Intl.DateTimeFormat for
 * id-ID and en-GB over generated values), so nothing on screen changes.
 */

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  // en-GB's CLDR abbreviation for September has four letters.
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

interface Rounded {
  negative: boolean;
  /** The absolute value rounded to `fractionDigits` decimals, as an integer of that many more digits. */
  units: bigint;
}

/**
 * |value| × 10^shift rounded half away from zero to `fractionDigits` decimals, on the number's shortest decimal
 * form (as Intl rounds: 0.7345 as a percentage is 73,5%, though 0.7345 × 100 in floating point is 73.4499…).
 */
function round(value: number, fractionDigits: number, shift = 0): Rounded {
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const power = Number(exponent) - (digits.length - 1) + shift + fractionDigits;
  let units = BigInt(digits);
  if (power >= 0) units *= 10n ** BigInt(power);
  else {
    const divisor = 10n ** BigInt(-power);
    const rest = units % divisor;
    units = units / divisor + (rest * 2n >= divisor ? 1n : 0n);
  }
  return { negative: value < 0 || Object.is(value, -0), units };
}

/** Digits with the language's group and decimal separators: 1234567n, 1 → "123.456,7". */
function decimalText({ units }: Rounded, fractionDigits: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const text = units.toString().padStart(fractionDigits + 1, '0');
  const whole = text.slice(0, text.length - fractionDigits).replace(/\B(?=(\d{3})+$)/g, group);
  return fractionDigits > 0 ? `${whole}${decimal}${text.slice(-fractionDigits)}` : whole;
}

function fixed(value: number, fractionDigits: number, lang: Lang, shift = 0): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : `${value < 0 ? '-' : ''}∞`;
  const rounded = round(value, fractionDigits, shift);
  return `${rounded.negative ? '-' : ''}${decimalText(rounded, fractionDigits, lang)}`;
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
  return fixed(value, 0, lang);
}

/** 312 → "+312", -40 → "-40", 0 → "0". */
export function formatSignedNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return `${value > 0 ? '+' : ''}${fixed(value, 0, lang)}`;
  const rounded = round(value, 0);
  const sign = rounded.units === 0n ? '' : rounded.negative ? '-' : '+';
  return `${sign}${decimalText(rounded, 0, lang)}`;
}

/** A ratio as a percentage with one decimal, never clipped: 0.734 → "73,4%", 1.042 → "104,2%". */
export function formatPercent(ratio: number, lang: Lang): string {
  return `${fixed(ratio, 1, lang, 2)}%`;
}

/** Whole Rupiah with no space and no decimals: 16800 → "Rp16.800". Intl's IDR style adds a space, hence by hand. */
export function formatRupiah(value: number, lang: Lang): string {
  const digits = formatNumber(Math.abs(value), lang);
  return `${value < 0 ? '-' : ''}Rp${digits}`;
}

/** A WIB calendar date `YYYY-MM-DD` → "13 Nov 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
  return memo(`d|${lang}|${isoDate}`, () => {
    const [year, month, day] = isoDate.split('-');
    return `${Number(day)} ${MONTHS[lang][Number(month) - 1]} ${year}`;
  });
}

/** "Nov 2023". */
export function formatMonth(isoDate: string, lang: Lang): string {
  return memo(`m|${lang}|${isoDate}`, () => {
    const [year, month] = isoDate.split('-');
    return `${MONTHS[lang][Number(month) - 1]} ${year}`;
  });
}

/** An instant → "23 Nov 2026, 18.50 WIB" (id) / "23 Nov 2026, 18:50 WIB" (en), always in Jakarta time. */
export function formatDateTimeWib(isoDateTime: string, lang: Lang): string {
  // WIB is UTC+7 all year (no daylight saving): shifting the instant and reading it in UTC gives Jakarta's wall clock.
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
  return `${fixed(value, digits, lang)} ${units[unit]}`;
}
