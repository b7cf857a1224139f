import { compareNames } from './compare-names';

const sorted = (names: string[]) => [...names].sort(compareNames);

describe('compareNames', () => {
  it('orders numbers inside names by value', () => {
    expect(sorted(['SD Negeri 10 Klaten', 'SD Negeri 2 Klaten', 'SD Negeri 1 Klaten', 'SD Negeri 01 Klaten'])).toEqual([
      'SD Negeri 1 Klaten',
      'SD Negeri 01 Klaten',
      'SD Negeri 2 Klaten',
      'SD Negeri 10 Klaten',
    ]);
    expect(compareNames('Unit 99999999999999999999', 'Unit 100000000000000000000')).toBeLessThan(0);
  });

  it('ignores case and accents, as the collator did', () => {
    expect(compareNames('dinas kesehatan', 'Dinas Kesehatan')).toBe(0);
    expect(compareNames('Café', 'cafe')).toBe(0);
    expect(sorted(['Wedi', 'bayat', 'Ceper', 'Éra'])).toEqual(['bayat', 'Ceper', 'Éra', 'Wedi']);
  });

  it('puts a name before its longer continuation, and is antisymmetric', () => {
    expect(compareNames('Klaten', 'Klaten Selatan')).toBeLessThan(0);
    expect(compareNames('Klaten Selatan', 'Klaten')).toBeGreaterThan(0);
    expect(compareNames('Kec. Jogonalan', 'Kec. Juwiring')).toBe(-compareNames('Kec. Juwiring', 'Kec. Jogonalan'));
  });

  it('agrees with Intl.Collator (id-ID, base, numeric) on unit-like names', () => {
    const collator = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true });
    const names = ['SMP Negeri 3 Wedi', 'SMP Negeri 12 Klaten', 'Puskesmas Bayat', 'puskesmas Cawas 1', 'Puskesmas Cawas 2', 'Dinas Pendidikan', 'RSUD Bagas Waras', 'Kecamatan Klaten Tengah', 'Kelurahan Gergunung', 'BKPSDM'];
    expect(sorted(names)).toEqual([...names].sort(collator.compare));
  });
});
