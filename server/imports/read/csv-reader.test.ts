import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked } from '../../../tests/support/import-files';
import { ImportFileError } from '../import-error';
import { readCsv } from './csv-reader';

async function read(text: string, sizes?: number[]) {
  const out = [];
  for await (const r of readCsv(chunked(text, sizes))) out.push(r);
  return out;
}

describe('readCsv', () => {
  it('detects ; and , and tabs, strips the BOM, handles CRLF', async () => {
    expect(await read('\uFEFFa;b\r\n1;2\r\n')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
    expect(await read('a,b\n1,2')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
    expect(await read('a\tb\n1\t2\n')).toEqual([{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]);
  });

  it('keeps separators, doubled quotes and newlines inside quotes, and counts lines as a spreadsheet does', async () => {
    const rows = await read('a;b\n"x;y";"say ""hi"""\n"two\nlines";z\nlast;row\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', 'row'] },
    ]);
  });

  it('reads the same records wherever the stream is cut', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ';', '"', '\n', '\r\n', ' ', 'é') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }), async (rows, sizes) => {
        const text = 'h1;h2\n' + rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(';')).join('\r\n') + '\n';
        const whole = await read(text);
        expect(await read(text, sizes)).toEqual(whole);
        expect(whole.slice(1).map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses NUL bytes, invalid UTF-8 and unclosed quotes with the line', async () => {
    await expect(read('a;b\n1;\0')).rejects.toThrow(/Baris 2.*biner/);
    await expect(read('a;b\n"open;x\n')).rejects.toThrow(/Baris 2.*kutip/);
    const latin1 = async function* () {
      yield new TextEncoder().encode('a;b\nok;1\n');
      yield Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x32, 0x0a]);
    };
    const out = [];
    await expect((async () => {
      for await (const r of readCsv(latin1())) out.push(r);
    })()).rejects.toBeInstanceOf(ImportFileError);
  });
});
