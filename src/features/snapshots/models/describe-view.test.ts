import { en } from '@/lib/i18n/en';
import { id } from '@/lib/i18n/id';
import { snapshotMessages } from '../messages';
import { defaultTitle, describeParams, pageName, TITLE_MAX } from './describe-view';

const m = snapshotMessages.id;

describe('pageName', () => {
  it('names each shareable page, a unit by its own name when known', () => {
    expect(pageName('/', m)).toBe('Progres kampanye');
    expect(pageName('/peringkat', m)).toBe('Peringkat Jawa Tengah');
    expect(pageName('/cakupan', m)).toBe('Cakupan perlindungan');
    expect(pageName('/unit', m)).toBe('Unit kerja');
    expect(pageName('/unit/7', m)).toBe('Unit kerja #7');
    expect(pageName('/unit/7', m, (unit) => (unit === 7 ? 'Puskesmas Cawas I' : undefined))).toBe('Puskesmas Cawas I');
    expect(pageName('/kecamatan/Klaten%20Tengah', m)).toBe('Kecamatan Klaten Tengah');
    expect(pageName('/peringkat', snapshotMessages.en)).toBe('Central Java ranking');
  });
});

describe('describeParams', () => {
  it('says known parameters in words and keeps unknown ones as written', () => {
    expect(describeParams({ interval: 'month', metric: 'percent', lang: 'en', tab: 'kecamatan', jenis: 'sekolah', zoom: '2' }, m, id)).toEqual([
      'Interval: Bulanan',
      'Ukuran: Persentase ASN',
      'Bahasa: English',
      'Tab: Kecamatan',
      'Jenis unit: Sekolah',
      'zoom: 2',
    ]);
    expect(describeParams({ metric: 'percent' }, snapshotMessages.en, en)).toEqual(['Measure: Share of civil servants']);
    expect(describeParams({}, m, id)).toEqual([]);
    expect(describeParams({ v: '2', rentang: '3-bulan' }, m, id)).toEqual(['Rentang waktu: 3 bulan terakhir']);
  });
});

describe('defaultTitle', () => {
  const format = (iso: string) => `<${iso}>`;
  it('is the page name with the data date', () => {
    expect(defaultTitle('Progres kampanye', '2023-11-13', m, format)).toBe('Progres kampanye per <2023-11-13>');
    expect(defaultTitle('Progres kampanye', null, m, format)).toBe('Progres kampanye');
  });
  it('never exceeds what the server accepts', () => {
    expect(defaultTitle('x'.repeat(200), '2023-11-13', m, format)).toHaveLength(TITLE_MAX);
  });
});
