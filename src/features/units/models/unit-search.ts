import { compareNames } from '@/lib/compare-names';
import type { UnitRow } from '../../../../contract/breakdowns';

/** Lower case, no diacritics, single spaces: "  Dinas  PENDIDIKAN " and "dinas pendidikan" match alike. */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}


/**
 * Units whose name, kecamatan or kind holds every word typed, in any order ("sd klaten", "puskesmas wedi").
 * Names that start with the text come first, then the rest, each A–Z. An empty text lists every unit.
 */
export function matchUnits<U extends Pick<UnitRow, 'id' | 'name' | 'kecamatan' | 'kind'>>(
  units: readonly U[],
  text: string,
  kindLabel: (unit: U) => string = (u) => u.kind,
): U[] {
  const query = normalizeSearch(text);
  const words = query === '' ? [] : query.split(' ');
  const scored = units
    .map((unit) => {
      const name = normalizeSearch(unit.name);
      const haystack = `${name} ${normalizeSearch(unit.kecamatan)} ${normalizeSearch(kindLabel(unit))} ${unit.kind}`;
      return { unit, name, match: words.every((w) => haystack.includes(w)) };
    })
    .filter((s) => s.match);
  return scored
    .sort((a, b) => {
      const aStarts = query !== '' && a.name.startsWith(query) ? 0 : 1;
      const bStarts = query !== '' && b.name.startsWith(query) ? 0 : 1;
      return aStarts - bStarts || compareNames(a.unit.name, b.unit.name) || a.unit.id - b.unit.id;
    })
    .map((s) => s.unit);
}
