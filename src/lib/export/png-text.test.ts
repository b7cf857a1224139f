import { describe, expect, it } from 'vitest';
import { STYLES } from './png-layout';
import { asOfText, cssString, exportBands, filterLine, printMarginCss, wibDate } from './png-text';

describe('filterLine', () => {
  it('names each control and its value, in order', () => {
    expect(
      filterLine([
        { label: 'Metrik', value: '% ASN' },
        { label: 'Interval', value: 'Mingguan' },
      ]),
    ).toBe('Metrik: % ASN · Interval: Mingguan');
  });
  it('drops empty values and repeats, keeps an unlabelled value', () => {
    expect(
      filterLine([
        { label: ' Interval ', value: ' Mingguan ' },
        { label: 'Interval', value: 'Mingguan' },
        { label: 'Kosong', value: '  ' },
        { label: '', value: 'Unit kerja' },
      ]),
    ).toBe('Interval: Mingguan · Unit kerja');
  });
  it('is null without controls', () => {
    expect(filterLine([])).toBeNull();
    expect(filterLine([{ label: 'x', value: '' }])).toBeNull();
  });
});

describe('asOfText', () => {
  // 07.05 UTC is 14.05 WIB (UTC+7).
  const info = { asOf: '2023-11-13T07:05:00Z', asOfDate: '2023-11-13' };

  it('gives the load time when the data is of that day', () => {
    expect(asOfText(info, '2023-11-13', 'id')).toBe('Data per 13 Nov 2023, 14.05 WIB');
    expect(asOfText(info, undefined, 'id')).toBe('Data per 13 Nov 2023, 14.05 WIB');
    expect(asOfText(info, '2023-11-13', 'en')).toBe('Data as of 13 Nov 2023, 14:05 WIB');
  });
  it('takes the WIB date of the load time, not the UTC one', () => {
    // 18.30 UTC on the 12th is 01.30 WIB on the 13th.
    expect(wibDate('2023-11-12T18:30:00Z')).toBe('2023-11-13');
    // Any instant: the date Intl reads in Asia/Jakarta.
    const jakarta = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let ms = Date.parse('2020-01-01T00:00:00Z'); ms < Date.parse('2030-01-01T00:00:00Z'); ms += 7 * 3_600_000 + 1_234_567) {
      expect(wibDate(new Date(ms).toISOString())).toBe(jakarta.format(ms));
    }
    expect(asOfText({ asOf: '2023-11-12T18:30:00Z', asOfDate: '2023-11-13' }, '2023-11-13', 'id')).toBe('Data per 13 Nov 2023, 01.30 WIB');
  });
  it('gives only the date for a chart of another day, or data loaded later', () => {
    expect(asOfText(info, '2023-11-10', 'id')).toBe('Data per 10 Nov 2023');
    expect(asOfText({ asOf: '2023-12-01T01:00:00Z', asOfDate: '2023-11-23' }, undefined, 'id')).toBe('Data per 23 Nov 2023');
  });
  it('falls back without a summary, and says when there is no data', () => {
    expect(asOfText(null, '2023-11-10', 'id')).toBe('Data per 10 Nov 2023');
    expect(asOfText(null, null, 'id')).toBe('Belum ada data');
    expect(asOfText({ asOf: null, asOfDate: null }, undefined, 'en')).toBe('No data yet');
  });
});

describe('exportBands', () => {
  const base = {
    title: 'Perkembangan pendaftaran',
    asOf: 'Data per 13 Nov 2023, 14.05 WIB',
    filters: [{ label: 'Interval', value: 'Mingguan' }],
    exportedAt: new Date('2023-11-13T08:00:00Z'),
  };

  it('draws title, stamp and filters on top, source and export time below', () => {
    const { header, footer } = exportBands({ ...base, isDemo: false, lang: 'id' });
    expect(header.map((l) => l.text)).toEqual(['Perkembangan pendaftaran', 'Data per 13 Nov 2023, 14.05 WIB', 'Interval: Mingguan']);
    expect(header[0]!.style).toBe(STYLES.title);
    expect(footer.map((l) => l.text)).toEqual(['Sumber: BPJS Ketenagakerjaan Cabang Klaten · Pantau Peduli', 'Diekspor 13 Nov 2023, 15.00 WIB']);
  });
  it('marks demo data, and leaves out an empty filter line', () => {
    const { header, footer } = exportBands({ ...base, filters: [], isDemo: true, lang: 'en' });
    expect(header.map((l) => l.text)).toEqual([
      'Perkembangan pendaftaran',
      'Data per 13 Nov 2023, 14.05 WIB',
      'Demo data: Simulated sample data, not official figures',
    ]);
    expect(footer[1]!.text).toBe('Exported 13 Nov 2023, 15:00 WIB');
  });
});

describe('print margins', () => {
  it('escapes CSS strings', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\a d"');
  });
  it('puts the print time and page numbers in the page margins, in the language of the page', () => {
    const at = new Date('2023-11-13T08:00:00Z');
    const id = printMarginCss('id', at);
    expect(id).toContain('@bottom-left { content: "Pantau Peduli · Dicetak 13 Nov 2023, 15.00 WIB"; }');
    expect(id).toContain('@bottom-right { content: "Halaman " counter(page) " dari " counter(pages); }');
    expect(printMarginCss('en', at)).toContain('"Page " counter(page) " of " counter(pages)');
  });
});
