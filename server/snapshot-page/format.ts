import type { Region } from '../../contract/common';
import { formatNumber } from '../../src/lib/format';
import { en } from '../../src/lib/i18n/en';
import { id } from '../../src/lib/i18n/id';
import { LOCALES, type Lang } from '../../src/lib/i18n/lang';

// The app's own formats (src/lib/format.ts: 11.000, 73,4%, 13 Nov 2023, 14.05 WIB) run in Node as they are;
// only what the snapshot page adds lives here.
export { formatDate, formatDateTimeWib, formatMonth, formatNumber, formatPercent, formatRupiah, formatSignedNumber } from '../../src/lib/format';

const pointsFormat = new Map<Lang, Intl.NumberFormat>();

/** A change of a ratio in percentage points: 0.021 → "+2,1 poin" (id) / "+2.1 pts" (en). */
export function formatSignedPoints(ratioChange: number, lang: Lang): string {
  let f = pointsFormat.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    pointsFormat.set(lang, f);
  }
  // Round first so a change of -0.0004 reads "0,0", not "-0,0".
  const points = Math.round(ratioChange * 1000) / 10;
  return `${f.format(points === 0 ? 0 : points)} ${lang === 'id' ? 'poin' : 'pts'}`;
}

/** "Kab. Semarang" / "Kota Semarang", from the app's dictionaries: the kind always shows, since four names exist as both. */
export function regionName(region: Pick<Region, 'name' | 'kind'>, lang: Lang): string {
  return (lang === 'en' ? en : id).regionName[region.kind](region.name);
}

/** "8.062 / 11.000" */
export const formatOf = (value: number, total: number, lang: Lang) => `${formatNumber(value, lang)} / ${formatNumber(total, lang)}`;

/** The share shown on a bar: clipped to 0..100% for drawing, never for the number written beside it. */
export const barPercent = (ratio: number) => `${(Math.max(0, Math.min(1, ratio)) * 100).toFixed(1)}%`;
