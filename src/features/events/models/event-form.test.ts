import { checkEventForm, toFieldErrors } from './event-form';

const own = { date: 'Isi tanggal yang ada di kalender.', title: 'Isi judul peristiwa.', kind: 'Pilih jenis peristiwa.', note: 'Catatan terlalu panjang.' };

describe('toFieldErrors', () => {
  it('shows the contract\'s Indonesian words for title and note, and its own for date and kind', () => {
    const { fields, other } = toFieldErrors(
      [
        { field: 'date', message: 'not a calendar date' },
        { field: 'title', message: 'judul maksimal 120 karakter' },
        { field: 'title', message: 'judul wajib diisi' },
        { field: 'kind', message: 'Invalid option' },
        { field: 'note', message: 'catatan maksimal 500 karakter' },
        { field: 'request', message: 'malformed JSON' },
      ],
      own,
    );
    expect(fields).toEqual({
      date: 'Isi tanggal yang ada di kalender.',
      title: 'Judul maksimal 120 karakter.',
      kind: 'Pilih jenis peristiwa.',
      note: 'Catatan maksimal 500 karakter.',
    });
    expect(other).toEqual(['Malformed JSON.']);
  });
});

describe('checkEventForm', () => {
  it('turns valid values into the API input, an empty note into null', () => {
    expect(checkEventForm({ date: '2024-02-05', title: '  Apel pagi ', kind: 'kegiatan', note: '  ' })).toEqual({
      ok: true,
      input: { date: '2024-02-05', title: 'Apel pagi', kind: 'kegiatan', note: null },
    });
  });

  it('finds every bad field with the contract schema', () => {
    const result = checkEventForm({ date: '2024-02-30', title: ' ', kind: 'impor', note: 'x'.repeat(501) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { fields } = toFieldErrors(result.issues, own);
    expect(fields).toEqual({ date: own.date, title: 'Judul wajib diisi.', kind: own.kind, note: 'Catatan maksimal 500 karakter.' });
  });
});
