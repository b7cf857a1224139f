import { snapshotMessages } from '../messages';
import { absoluteLink, whatsappHref } from './share-link';
import { checkSnapshotForm, expiryDays, initialValues, snapshotFieldErrors } from './snapshot-form';

const view = { path: '/peringkat', params: { metric: 'percent' } };

describe('the share form', () => {
  it('starts with the page title and 30 days', () => {
    expect(initialValues('Progres kampanye per 13 Nov 2023')).toEqual({ title: 'Progres kampanye per 13 Nov 2023', note: '', expiry: '30', customDays: '' });
  });

  it('reads the lifetime from the choice or the custom number', () => {
    expect(expiryDays({ expiry: '7', customDays: '200' })).toBe(7);
    expect(expiryDays({ expiry: 'custom', customDays: ' 200 ' })).toBe(200);
    expect(expiryDays({ expiry: 'custom', customDays: '1.5' })).toBeNaN();
    expect(expiryDays({ expiry: 'custom', customDays: '' })).toBeNaN();
  });

  it('sends a trimmed title, no empty note, and the view untouched', () => {
    const checked = checkSnapshotForm({ title: '  Rapat  ', note: '  ', expiry: '90', customDays: '' }, view);
    expect(checked).toEqual({ ok: true, input: { title: 'Rapat', note: null, view, expiresInDays: 90 } });
  });

  it('names each bad field with the contract words, or its own in English', () => {
    const checked = checkSnapshotForm({ title: ' ', note: 'x'.repeat(1001), expiry: 'custom', customDays: '400' }, view);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(snapshotFieldErrors(checked.issues, snapshotMessages.id.errors, false).fields).toEqual({
      title: 'Judul wajib diisi.',
      note: 'Catatan maksimal 1000 karakter.',
      expiresInDays: 'Masa berlaku paling lama 365 hari.',
    });
    expect(snapshotFieldErrors(checked.issues, snapshotMessages.en.errors, true).fields).toEqual(snapshotMessages.en.errors);
  });

  it('says a custom lifetime that is not a number in its own words', () => {
    const checked = checkSnapshotForm({ title: 'Rapat', note: '', expiry: 'custom', customDays: 'abc' }, view);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(snapshotFieldErrors(checked.issues, snapshotMessages.id.errors, false).fields).toEqual({ expiresInDays: snapshotMessages.id.errors.expiresInDays });
  });
});

describe('share links', () => {
  it('makes the full address and the WhatsApp message', () => {
    expect(absoluteLink('/s/abc', 'https://pantau.example')).toBe('https://pantau.example/s/abc');
    const href = whatsappHref('Progres & peringkat', 'https://pantau.example/s/abc');
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    expect(new URL(href).searchParams.get('text')).toBe('Progres & peringkat\nhttps://pantau.example/s/abc');
  });
});
