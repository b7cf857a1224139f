import { parseSnapshotPath, type SnapshotView } from '../../../../contract/snapshots';
import type { Dictionary } from '@/lib/i18n/id';
import type { SnapshotMessages } from '../messages';

/**
 * A frozen view in words, for people: the page's name ("Progres kampanye", a unit's own name) and its
 * filters ("Interval: Bulanan · Ukuran: Persentase ASN"). Pure, so the dialog, the admin table and the
 * tests say it the same way.
 */

/** The page's name; a unit page is named by the unit when its name is known. */
export function pageName(path: string, m: SnapshotMessages, unitName?: (id: number) => string | undefined): string {
  const parsed = parseSnapshotPath(path);
  if (!parsed) return path;
  switch (parsed.page) {
    case '/':
      return m.pages.overview;
    case '/peringkat':
      return m.pages.race;
    case '/cakupan':
      return m.pages.coverage;
    case '/unit':
      return m.pages.units;
    case '/unit/:id':
      return unitName?.(parsed.unit) ?? m.pages.unit(String(parsed.unit));
    case '/kecamatan/:name':
      return m.pages.kecamatan(parsed.kecamatan);
  }
}

/** One value in words when the app has words for it, else as written. */
function valueInWords(key: string, value: string, m: SnapshotMessages, t: Dictionary): string {
  const pick = (words: Record<string, string>) => words[value] ?? value;
  switch (key) {
    case 'lang':
      return pick(t.languageNames);
    case 'interval':
      return pick(t.intervals);
    case 'metric':
      return pick(t.metrics);
    case 'tab':
      return pick(m.tabs);
    case 'jenis':
      return pick(t.unitKinds);
    case 'rentang':
      return pick(m.ranges);
    case 'kolom':
      return pick(m.retentionColumns);
    default:
      return value;
  }
}

/** The link scheme's version (`v`): bookkeeping, not something on screen. */
const NOT_SHOWN = new Set(['v']);

/** Each parameter as "Label: value", in a stable order (as written); unknown keys keep their own name. */
export function describeParams(params: Record<string, string>, m: SnapshotMessages, t: Dictionary): string[] {
  return Object.entries(params)
    .filter(([key]) => !NOT_SHOWN.has(key))
    .map(([key, value]) => `${m.params[key] ?? key}: ${valueInWords(key, value, m, t)}`);
}

/** The contract's longest title. */
export const TITLE_MAX = 120;

/** "Progres kampanye per 13 Nov 2023"; the page name alone while there is no data date. Never too long to send. */
export function defaultTitle(page: string, asOfDate: string | null | undefined, m: SnapshotMessages, formatDate: (iso: string) => string): string {
  return (asOfDate ? m.titleAsOf(page, formatDate(asOfDate)) : page).slice(0, TITLE_MAX);
}

export type { SnapshotView };
