import fc from 'fast-check';
import {
  formatBytes,
  formatDate,
  formatDateTimeWib,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatSignedNumber,
} from './format';

describe('format (Indonesian)', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(11000, 'id')).toBe('11.000');
    expect(formatNumber(8074, 'id')).toBe('8.074');
    expect(formatNumber(0, 'id')).toBe('0');
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
  });

  it('writes percentages with a decimal comma and never clips over 100%', () => {
    expect(formatPercent(0.734, 'id')).toBe('73,4%');
    expect(formatPercent(1.042, 'id')).toBe('104,2%');
    expect(formatPercent(0, 'id')).toBe('0,0%');
  });

  it('writes Rupiah with no space and no decimals', () => {
    expect(formatRupiah(16800, 'id')).toBe('Rp16.800');
    expect(formatRupiah(102_816_000, 'id')).toBe('Rp102.816.000');
    expect(formatRupiah(16800.4, 'id')).toBe('Rp16.800');
  });

  it('signs changes', () => {
    expect(formatSignedNumber(312, 'id')).toBe('+312');
    expect(formatSignedNumber(-1200, 'id')).toBe('-1.200');
    expect(formatSignedNumber(0, 'id')).toBe('0');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2023-11-13', 'id')).toBe('13 Nov 2023');
    expect(formatDate('2023-08-01', 'id')).toBe('1 Agu 2023');
    expect(formatMonth('2024-05-01', 'id')).toBe('Mei 2024');
  });

  it('shows instants in WIB with a dot between hours and minutes', () => {
    expect(formatDateTimeWib('2026-11-23T11:50:00.000Z', 'id')).toBe('23 Nov 2026, 18.50 WIB');
    // 17:30 UTC is already the next day in Jakarta.
    expect(formatDateTimeWib('2026-11-23T17:30:00Z', 'id')).toBe('24 Nov 2026, 00.30 WIB');
    expect(formatDateTimeWib('2026-11-23T18:50:00+07:00', 'id')).toBe('23 Nov 2026, 18.50 WIB');
  });
});

describe('format (English)', () => {
  it('uses British conventions with the same Rupiah and WIB', () => {
    expect(formatNumber(11000, 'en')).toBe('11,000');
    expect(formatPercent(0.734, 'en')).toBe('73.4%');
    expect(formatRupiah(16800, 'en')).toBe('Rp16,800');
    expect(formatDate('2023-11-13', 'en')).toBe('13 Nov 2023');
    expect(formatDateTimeWib('2026-11-23T11:50:00.000Z', 'en')).toBe('23 Nov 2026, 18:50 WIB');
  });
});

describe('formatBytes', () => {
  it('writes file sizes in the interface language', () => {
    expect(formatBytes(812, 'id')).toBe('812 B');
    expect(formatBytes(46_080, 'id')).toBe('45 KB');
    expect(formatBytes(1_258_291, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(300 * 1024 * 1024, 'id')).toBe('300 MB');
  });
});

describe('formatDateTimeWib', () => {
  it('reads every instant as Intl does in Asia/Jakarta, in both languages', () => {
    const intl = (lang: 'id' | 'en', d: Date) => {
      const locale = lang === 'id' ? 'id-ID' : 'en-GB';
      const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(d);
      const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(d);
      return `${date}, ${time} WIB`;
    };
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        for (const lang of ['id', 'en'] as const) expect(formatDateTimeWib(d.toISOString(), lang)).toBe(intl(lang, d));
      }),
      { numRuns: 300 },
    );
  });
});

describe('format without Intl gives what Intl gives', () => {
  // The oracle: the browser's own formatters, with the options the module used before it was written by hand.
  const LOCALE = { id: 'id-ID', en: 'en-GB' } as const;
  const langs = fc.constantFrom('id' as const, 'en' as const);
  const numbers = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    // Halves, where rounding modes differ.
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10_000 + 0.00005),
  );

  it('for whole numbers, signed numbers and percentages', () => {
    fc.assert(
      fc.property(numbers, langs, (value, lang) => {
        const locale = LOCALE[lang];
        expect(formatNumber(value, lang)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value));
        expect(formatSignedNumber(value, lang)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value));
        expect(formatPercent(value, lang)).toBe(
          new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('for calendar dates and months', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), langs, (date, lang) => {
        const iso = date.toISOString().slice(0, 10);
        const day = new Date(`${iso}T00:00:00Z`);
        expect(formatDate(iso, lang)).toBe(new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day));
        expect(formatMonth(iso, lang)).toBe(new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day));
      }),
      { numRuns: 2000 },
    );
  });

  it('for file sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), langs, (bytes, lang) => {
        const [number, unitName] = formatBytes(bytes, lang).split(' ');
        const unit = bytes < 1024 ? 0 : bytes < 1024 ** 2 ? 1 : bytes < 1024 ** 3 ? 2 : 3;
        expect(unitName).toBe(['B', 'KB', 'MB', 'GB'][unit]);
        const value = bytes / 1024 ** unit;
        const digits = unit > 0 && value < 10 ? 1 : 0;
        expect(number).toBe(new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
      }),
    );
  });
});
