import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../contract/breakdowns';
import { previewRanking, previewSnapshot, previewSummary } from './preview-fixtures';
import { previewLines, truncate, TITLE_MAX_CHARS } from './preview-lines';

const unitRow = (overrides: Partial<UnitRow>): UnitRow => ({
  id: 12,
  name: 'SMP Negeri 1 Klaten',
  kind: 'sekolah',
  kecamatan: 'Klaten Tengah',
  asnCount: 64,
  target: 64,
  registered: 48,
  active: 40,
  progress: 48 / 64,
  lastRegistration: '2023-11-12',
  newLast7Days: 3,
  newLast14Days: 5,
  newLast28Days: 9,
  expiringNext30Days: 1,
  ...overrides,
});

describe('previewLines', () => {
  it('writes the headline in Indonesian formats', () => {
    const l = previewLines(previewSnapshot(), 'id');
    expect(l.productName).toBe('Pantau Peduli');
    expect(l.campaign).toBe('ASN Peduli Pekerja Rentan · Kabupaten Klaten');
    expect(l.title).toBe('Capaian pendaftaran minggu ini');
    expect(l.percent).toBe('73,3%');
    expect(l.workers).toBe('8.062 / 11.000 pekerja');
    expect(l.target).toBe('Target 11.000');
    expect(l.progressNote).toBe('2.938 pekerja lagi menuju target');
    expect(l.asOf).toBe('Data per 13 Nov 2023, 14.05 WIB');
    expect(l.mark).toBe('Snapshot · tidak berubah');
    expect(l.scope).toBeNull();
    expect(l.demo).toBeNull();
    expect(l.bar.fill).toBeCloseTo(8062 / 11000, 6);
    expect(l.bar).toMatchObject({ targetAt: 1, overTarget: false });
  });

  it('defaults to Indonesian and speaks English when asked', () => {
    expect(previewLines(previewSnapshot())).toEqual(previewLines(previewSnapshot(), 'id'));
    const l = previewLines(previewSnapshot(), 'en');
    expect(l.percent).toBe('73.3%');
    expect(l.workers).toBe('8,062 / 11,000 workers');
    expect(l.asOf).toBe('Data as of 13 Nov 2023, 14:05 WIB');
    expect(l.progressNote).toBe('2,938 more workers to reach the target');
    expect(l.mark).toBe('Snapshot · frozen figures');
    expect(l.campaign).toBe('Civil Servants Care for Vulnerable Workers · Klaten Regency');
  });

  it('stretches the scale past an exceeded target instead of overflowing, with the target tick inside', () => {
    const l = previewLines(previewSnapshot({ data: { summary: previewSummary({ registered: 12650 }) } }), 'id');
    expect(l.percent).toBe('115,0%');
    expect(l.workers).toBe('12.650 / 11.000 pekerja');
    expect(l.progressNote).toBe('Target terlampaui 1.650 pekerja');
    expect(l.bar.fill).toBe(1);
    expect(l.bar.targetAt).toBeCloseTo(11000 / 12650, 6);
    expect(l.bar.overTarget).toBe(true);
  });

  it('fills the bar exactly at the target and says so', () => {
    const l = previewLines(previewSnapshot({ data: { summary: previewSummary({ registered: 11000 }) } }), 'id');
    expect(l.percent).toBe('100,0%');
    expect(l.bar).toEqual({ fill: 1, targetAt: 1, overTarget: false });
    expect(l.progressNote).toBe('Target tercapai');
  });

  it('draws an empty bar for no registrations and for a zero target', () => {
    const none = previewLines(previewSnapshot({ data: { summary: previewSummary({ registered: 0 }) } }), 'id');
    expect(none.percent).toBe('0,0%');
    expect(none.bar).toEqual({ fill: 0, targetAt: 1, overTarget: false });
    const zeroTarget = previewLines(previewSnapshot({ data: { summary: previewSummary({ registered: 0, target: 0 }) } }), 'id');
    expect(zeroTarget.percent).toBe('0,0%');
    expect(zeroTarget.bar.fill).toBe(0);
  });

  it('tells the time in WIB, across midnight UTC', () => {
    const l = previewLines(previewSnapshot({ asOf: '2023-11-13T17:30:00.000Z' }), 'id');
    expect(l.asOf).toBe('Data per 14 Nov 2023, 00.30 WIB');
  });

  it('falls back to the data date, then to when the snapshot was taken', () => {
    expect(previewLines(previewSnapshot({ asOf: null }), 'id').asOf).toBe('Data per 13 Nov 2023');
    expect(previewLines(previewSnapshot({ asOf: null }), 'en').asOf).toBe('Data as of 13 Nov 2023');
    const neither = previewSnapshot({ asOf: null, asOfDate: null, createdAt: '2023-11-14T02:00:00.000Z' });
    expect(previewLines(neither, 'id').asOf).toBe('Snapshot dibuat 14 Nov 2023, 09.00 WIB');
    expect(previewLines(neither, 'en').asOf).toBe('Snapshot taken 14 Nov 2023, 09:00 WIB');
  });

  it("states Klaten's rank in Central Java when the snapshot holds the ranking", () => {
    const race = previewSnapshot({ view: { path: '/peringkat', params: {} }, data: { rankingCount: previewRanking('count', 3) } });
    expect(previewLines(race, 'id').rank).toBe('Peringkat 3 dari 35 di Jawa Tengah');
    expect(previewLines(race, 'en').rank).toBe('Rank 3 of 35 in Jawa Tengah');
    expect(previewLines(previewSnapshot(), 'id').rank).toBeNull();
  });

  it('takes the rank by the metric the view showed', () => {
    const data = { rankingCount: previewRanking('count', 3), rankingPercent: previewRanking('percent', 5) };
    const byPercent = previewSnapshot({ view: { path: '/peringkat', params: { metric: 'percent' } }, data });
    expect(previewLines(byPercent, 'id').rank).toBe('Peringkat 5 dari 35 di Jawa Tengah menurut persentase ASN');
    const byCount = previewSnapshot({ view: { path: '/peringkat', params: {} }, data });
    expect(previewLines(byCount, 'id').rank).toBe('Peringkat 3 dari 35 di Jawa Tengah');
  });

  it('says nothing of a rank when Klaten is not in the ranking', () => {
    const ranking = previewRanking('count');
    ranking.rows = ranking.rows.map((r) => ({ ...r, isCampaignRegion: false }));
    expect(previewLines(previewSnapshot({ view: { path: '/peringkat', params: {} }, data: { rankingCount: ranking } }), 'id').rank).toBeNull();
  });

  it("shows a unit page's own numbers, not the campaign's", () => {
    const snapshot = previewSnapshot({
      title: 'Sekolah di Klaten Tengah',
      view: { path: '/unit/12', params: {} },
      data: { rankingCount: previewRanking('count'), units: { asOf: null, asOfDate: null, rows: [unitRow({ id: 7, name: 'Lain' }), unitRow({})] } },
    });
    const l = previewLines(snapshot, 'id');
    expect(l.workers).toBe('48 / 64 pekerja');
    expect(l.percent).toBe('75,0%');
    expect(l.scope).toBe('Capaian SMP Negeri 1 Klaten');
    expect(l.rank).toBeNull();
    // A title that already names the unit needs no second line.
    expect(previewLines({ ...snapshot, title: 'Rekap SMP Negeri 1 Klaten' }, 'id').scope).toBeNull();
    // A unit the snapshot does not hold: the campaign's numbers.
    const missing = previewLines({ ...snapshot, view: { path: '/unit/99', params: {} } }, 'id');
    expect(missing.workers).toBe('8.062 / 11.000 pekerja');
    expect(missing.scope).toBeNull();
  });

  it("shows a kecamatan page's own numbers", () => {
    const { asnCount, active, lastRegistration, newLast7Days, newLast14Days, newLast28Days, expiringNext30Days } = unitRow({});
    const counts = { asnCount, active, lastRegistration, newLast7Days, newLast14Days, newLast28Days, expiringNext30Days };
    const row = { ...counts, name: 'Klaten Tengah', unitCount: 12, registered: 300, target: 250, progress: 300 / 250 };
    const snapshot = previewSnapshot({
      title: 'Rekap minggu ini',
      view: { path: '/kecamatan/klaten%20tengah', params: {} },
      data: { kecamatan: { asOf: null, asOfDate: null, rows: [row] } },
    });
    const l = previewLines(snapshot, 'en');
    expect(l.workers).toBe('300 / 250 workers');
    expect(l.percent).toBe('120.0%');
    expect(l.scope).toBe('Progress of Klaten Tengah district');
    expect(l.bar.overTarget).toBe(true);
  });

  it('marks demo data as the dashboard does', () => {
    expect(previewLines(previewSnapshot({ data: { summary: previewSummary({ isDemo: true }) } }), 'id').demo).toBe('Data demo');
    expect(previewLines(previewSnapshot({ data: { summary: previewSummary({ isDemo: true }) } }), 'en').demo).toBe('Demo data');
  });

  it('shortens a long title at a word', () => {
    const long = 'Rekap akhir kampanye ASN peduli pekerja rentan tahun 2024 untuk rapat koordinasi Bupati';
    const l = previewLines(previewSnapshot({ title: long }), 'id');
    expect(Array.from(l.title).length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(l.title).toBe('Rekap akhir kampanye ASN peduli pekerja rentan tahun 2024…');
  });
});

describe('truncate', () => {
  it('keeps short text, collapses white space and never splits an emoji', () => {
    expect(truncate('Rekap   minggu\nini', 60)).toBe('Rekap minggu ini');
    expect(truncate('ab🎉🎉🎉🎉', 4)).toBe('ab🎉…');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });
});
