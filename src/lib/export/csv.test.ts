import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumber, readCsvText } from '../../../tests/support/read-csv-text';
import { csvCell, csvFileName, formatCsvNumber, percentCell, slugify, toCsv, type CsvColumn } from './csv';

describe('csvCell (hand-worked)', () => {
  it('writes numbers the way Excel in id-ID reads them', () => {
    expect(formatCsvNumber(11000)).toBe('11000');
    expect(formatCsvNumber(73.4)).toBe('73,4');
    expect(formatCsvNumber(-12)).toBe('-12');
    expect(formatCsvNumber(-0.5)).toBe('-0,5');
    expect(formatCsvNumber(-0)).toBe('0');
    expect(formatCsvNumber(Number.NaN)).toBe('');
    expect(formatCsvNumber(1e21)).toBe('1000000000000000000000');
    expect(formatCsvNumber(1e-7)).toBe('0,0000001');
  });
  it('turns ratios into percentages with one decimal', () => {
    expect(percentCell(0.734)).toBe(73.4);
    expect(percentCell(1)).toBe(100);
    expect(percentCell(0.12345)).toBe(12.3);
    expect(percentCell(null)).toBeNull();
  });
  it('quotes per RFC 4180', () => {
    expect(csvCell('Klaten')).toBe('Klaten');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('neutralises text that could start a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+62')).toBe("'+62");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('\0x')).toBe("'\0x");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
  });
  it('writes a whole file: BOM, ; separator, CRLF', () => {
    const columns: CsvColumn<{ date: string; n: number; r: number }>[] = [
      { header: 'Tanggal', value: (r) => r.date },
      { header: 'Baru', value: (r) => r.n },
      { header: 'Cakupan (%)', value: (r) => percentCell(r.r) },
    ];
    const text = toCsv(columns, [
      { date: '2023-11-13', n: 1200, r: 0.734 },
      { date: '2023-11-14', n: -3, r: 0.5 },
    ]);
    expect(text).toBe('\uFEFFTanggal;Baru;Cakupan (%)\r\n2023-11-13;1200;73,4\r\n2023-11-14;-3;50\r\n');
  });
  it('names files pantau-peduli_<slug>_<asOf>.csv', () => {
    expect(slugify('Peringkat di Jawa Tengah')).toBe('peringkat-di-jawa-tengah');
    expect(slugify('Kecamatan – Cakupan')).toBe('kecamatan-cakupan');
    expect(slugify('!!!')).toBe('data');
    expect(csvFileName('Progres pendaftaran', '2023-11-13')).toBe('pantau-peduli_progres-pendaftaran_2023-11-13.csv');
    expect(csvFileName('Progres', null)).toBe('pantau-peduli_progres.csv');
  });
});

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\0'];
// The project's reader refuses NUL bytes (it is an import guard), so round trips use text without NUL.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', ';', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', 'é', '’', "'", '.') });
const cell = fc.oneof(text, fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
const header = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ()%.]{0,12}$/);

describe('toCsv (properties)', () => {
  it('round-trips any table of strings and numbers through the project CSV reader', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }).chain((width) =>
          fc.record({
            headers: fc.array(header, { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
          }),
        ),
        async ({ headers, rows }) => {
          const columns = headers.map((h, i): CsvColumn<(string | number)[]> => ({ header: h, value: (r) => r[i] }));
          const csv = toCsv(columns, rows);
          expect(csv.startsWith('\uFEFF')).toBe(true);
          const parsed = await readCsvText(csv);
          expect(parsed[0]).toEqual(headers);
          expect(parsed.length).toBe(rows.length + 1);
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const back = parsed[r + 1]![c]!;
              if (typeof value === 'number') expect(idNumber(back)).toBe(Object.is(value, -0) ? 0 : value);
              else expect(back).toBe(DANGEROUS.some((d) => value.startsWith(d)) ? `'${value}` : value);
            });
          });
        },
      ),
    );
  });

  it('neutralises every dangerous leading character of a text cell, NUL included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DANGEROUS), fc.string(), (lead, rest) => {
        const out = csvCell(lead + rest);
        const unquoted = out.startsWith('"') ? out.slice(1) : out;
        expect(unquoted.startsWith("'")).toBe(true);
      }),
    );
  });

  it('never prefixes a number, so negative numbers stay numbers', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(csvCell(n)).toMatch(/^-?\d+(,\d+)?$/);
      }),
    );
  });
});
