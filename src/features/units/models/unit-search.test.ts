import fc from 'fast-check';
import { matchUnits, normalizeSearch } from './unit-search';

const units = [
  { id: 1, name: 'Dinas Pendidikan', kind: 'opd' as const, kecamatan: 'Klaten Tengah' },
  { id: 2, name: 'SD Negeri 1 Wedi', kind: 'sekolah' as const, kecamatan: 'Wedi' },
  { id: 3, name: 'Puskesmas Wedi', kind: 'puskesmas' as const, kecamatan: 'Wedi' },
  { id: 4, name: 'Kecamatan Bayat', kind: 'kecamatan' as const, kecamatan: 'Bayat' },
  { id: 5, name: 'Dinas Kesehatan', kind: 'opd' as const, kecamatan: 'Klaten Tengah' },
];
const names = (text: string) => matchUnits(units, text).map((u) => u.name);

describe('matchUnits', () => {
  it('finds every word in the name, kecamatan or kind, in any order', () => {
    expect(names('wedi')).toEqual(['Puskesmas Wedi', 'SD Negeri 1 Wedi']);
    expect(names('wedi sd')).toEqual(['SD Negeri 1 Wedi']);
    expect(names('  DINAS   klaten ')).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
    expect(names('sekolah')).toEqual(['SD Negeri 1 Wedi']);
    expect(names('xyz')).toEqual([]);
  });

  it('puts names that start with the text first', () => {
    expect(names('ke')).toEqual(['Kecamatan Bayat', 'Dinas Kesehatan', 'Puskesmas Wedi']);
  });

  it('ignores case and diacritics', () => {
    expect(normalizeSearch('  Pédan  Tengah ')).toBe('pedan tengah');
  });

  it('lists everything for no text, and only matches for any text', () => {
    expect(names('')).toHaveLength(units.length);
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (text) => {
        const words = normalizeSearch(text).split(' ').filter(Boolean);
        for (const u of matchUnits(units, text)) {
          const hay = normalizeSearch(`${u.name} ${u.kecamatan} ${u.kind}`);
          for (const w of words) expect(hay).toContain(w);
        }
      }),
    );
  });
});
