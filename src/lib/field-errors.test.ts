import fc from 'fast-check';
import { issuesOf, parseValidationMessage, sentence, toFieldErrors } from './field-errors';

const FIELDS = ['date', 'title', 'note'] as const;
const own = { date: 'own date', title: 'own title', note: 'own note' };

describe('parseValidationMessage', () => {
  it('reads the server answer field by field, nested paths on their top field', () => {
    expect(parseValidationMessage('date: not a calendar date; title: judul wajib diisi; note.text: terlalu panjang')).toEqual([
      { field: 'date', message: 'not a calendar date' },
      { field: 'title', message: 'judul wajib diisi' },
      { field: 'note', message: 'terlalu panjang' },
    ]);
  });

  it('keeps text without a field name apart and drops empty parts', () => {
    expect(parseValidationMessage('Peristiwa #9 tidak ditemukan.; ')).toEqual([{ field: '', message: 'Peristiwa #9 tidak ditemukan.' }]);
  });

  it('gives back one issue per non-empty part', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}: [a-z ]{0,12}[a-z]$/), { maxLength: 6 }), (parts) => {
        expect(parseValidationMessage(parts.join('; '))).toHaveLength(parts.length);
      }),
    );
  });
});

describe('issuesOf', () => {
  it('puts each zod issue on its top-level field', () => {
    expect(issuesOf({ issues: [{ path: ['date'], message: 'a' }, { path: [], message: 'b' }, { path: ['note', 0], message: 'c' }] })).toEqual([
      { field: 'date', message: 'a' },
      { field: '', message: 'b' },
      { field: 'note', message: 'c' },
    ]);
  });
});

describe('sentence', () => {
  it('capitalises and closes the text once', () => {
    expect(sentence(' judul wajib diisi ')).toBe('Judul wajib diisi.');
    expect(sentence('sudah selesai!')).toBe('Sudah selesai!');
    expect(sentence('hari ini (10 Feb 2025)')).toBe('Hari ini (10 Feb 2025)');
    expect(sentence('')).toBe('');
  });
});

describe('toFieldErrors', () => {
  it('keeps the first Indonesian message per field, replaces terse ones, puts unknown fields apart', () => {
    expect(
      toFieldErrors(
        [
          { field: 'date', message: 'not a calendar date' },
          { field: 'title', message: 'judul maksimal 120 karakter' },
          { field: 'title', message: 'judul wajib diisi' },
          { field: 'note', message: ' ' },
          { field: 'request', message: 'malformed JSON' },
        ],
        FIELDS,
        own,
      ),
    ).toEqual({ fields: { date: 'own date', title: 'Judul maksimal 120 karakter.', note: 'own note' }, other: ['Malformed JSON.'] });
  });

  it('always says its own words for the fields in alwaysOwn', () => {
    expect(toFieldErrors([{ field: 'title', message: 'judul wajib diisi' }], FIELDS, own, ['title']).fields).toEqual({ title: 'own title' });
  });

  it('names only known fields, each at most once, and loses no unknown issue', () => {
    const issue = fc.record({ field: fc.constantFrom('date', 'title', 'note', '', 'x'), message: fc.string({ maxLength: 10 }) });
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 12 }), (issues) => {
        const { fields, other } = toFieldErrors(issues, FIELDS, own);
        expect(Object.keys(fields).sort()).toEqual([...new Set(issues.map((i) => i.field).filter((f) => (FIELDS as readonly string[]).includes(f)))].sort());
        expect(other).toHaveLength(issues.filter((i) => !(FIELDS as readonly string[]).includes(i.field)).length);
      }),
    );
  });
});
