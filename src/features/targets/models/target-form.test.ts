import fc from 'fast-check';
import type { TargetHistory, TargetVersion } from '../../../../contract/targets';
import { parseValidationMessage, toFieldErrors } from '@/lib/field-errors';
import {
  CAMPAIGN_FIELDS,
  checkCampaignForm,
  checkUnitForm,
  describeCampaignChange,
  lastEffectiveFrom,
  parseCount,
  searchUnits,
  unitTargetRows,
} from './target-form';

const OWN = { asnCount: 'own asn', workersPerAsn: 'own ratio', deadline: 'own deadline', effectiveFrom: 'own date', note: 'own note' };

const version = (over: Partial<TargetVersion>): TargetVersion => ({
  id: 1, unitId: null, unitName: null, effectiveFrom: '2023-11-13', asnCount: 10_800, workersPerAsn: 1, target: 10_800, deadline: '2026-12-31',
  previous: null, note: null, changedBy: null, changedAt: '2023-11-13T02:00:00.000Z', ...over,
});

const history = (versions: TargetVersion[], current = { asnCount: 11_000, workersPerAsn: 1, target: 11_000 }): TargetHistory => ({
  current: { ...current, launchDate: '2023-11-13', deadline: '2026-12-31' },
  versions,
});

describe('parseCount', () => {
  it('reads whole numbers as people type them, with thousands separators', () => {
    expect(parseCount('11000')).toBe(11_000);
    expect(parseCount(' 11.000 ')).toBe(11_000);
    expect(parseCount('1.250.000')).toBe(1_250_000);
    expect(parseCount('11,000')).toBe(11_000);
    expect(parseCount('11 000')).toBe(11_000);
    expect(parseCount('0')).toBe(0);
  });

  it('refuses decimals, signs, words and misplaced separators rather than guessing', () => {
    for (const text of ['', '1.5', '1,5', '11.00', '-3', '12a', 'sebelas', '1..000', '.000']) expect(parseCount(text), text).toBeNaN();
  });

  it('reads back any whole number written the Indonesian way or plainly', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), (n) => {
        expect(parseCount(String(n))).toBe(n);
        expect(parseCount(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'))).toBe(n);
      }),
    );
  });
});

describe('checking the forms with the contract', () => {
  const ok = { asnCount: '11.250', workersPerAsn: '1', deadline: '2026-12-31', effectiveFrom: '2025-02-10', note: '  ' };

  it('turns typed values into the API input; an empty note is null', () => {
    expect(checkCampaignForm(ok)).toEqual({ ok: true, input: { asnCount: 11_250, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: '2025-02-10', note: null } });
    expect(checkUnitForm({ asnCount: '0', effectiveFrom: '2025-02-10', note: ' mutasi ' })).toEqual({ ok: true, input: { asnCount: 0, effectiveFrom: '2025-02-10', note: 'mutasi' } });
  });

  it('names every bad field, with the contract’s Indonesian words or the form’s own for terse ones', () => {
    const checked = checkCampaignForm({ ...ok, asnCount: '0', workersPerAsn: '1,5', deadline: '2026-02-30' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const { fields } = toFieldErrors(checked.issues, CAMPAIGN_FIELDS, OWN);
    expect(fields).toEqual({ asnCount: 'Jumlah ASN harus lebih dari 0.', workersPerAsn: 'own ratio', deadline: 'own deadline' });
  });
});

describe('the server’s refusals', () => {
  it('split into fields, first issue per field kept, field-less text apart', () => {
    const issues = parseValidationMessage(
      'effectiveFrom: tanggal berlaku tidak boleh di masa depan (hari ini 10 Feb 2025); effectiveFrom: lagi; deadline: tenggat harus setelah tanggal peluncuran (13 Nov 2023); sesuatu yang lain',
    );
    expect(issues).toHaveLength(4);
    expect(toFieldErrors(issues, CAMPAIGN_FIELDS, OWN)).toEqual({
      fields: {
        effectiveFrom: 'Tanggal berlaku tidak boleh di masa depan (hari ini 10 Feb 2025)',
        deadline: 'Tenggat harus setelah tanggal peluncuran (13 Nov 2023)',
      },
      other: ['Sesuatu yang lain.'],
    });
  });
});

describe('describeCampaignChange', () => {
  const current = history([]).current;
  it('gives before and after, and what moved', () => {
    const change = describeCampaignChange(current, { asnCount: 5_500, workersPerAsn: 2, deadline: '2027-06-30', effectiveFrom: '2025-02-10', note: null });
    expect(change.before).toEqual({ asnCount: 11_000, workersPerAsn: 1, target: 11_000, deadline: '2026-12-31' });
    expect(change.after).toEqual({ asnCount: 5_500, workersPerAsn: 2, target: 11_000, deadline: '2027-06-30' });
    expect(change).toMatchObject({ targetChanged: false, deadlineChanged: true, nothingChanged: false });
  });
  it('knows when nothing changes', () => {
    expect(describeCampaignChange(current, { asnCount: 11_000, workersPerAsn: 1, deadline: '2026-12-31', effectiveFrom: '2025-02-10', note: 'x' }).nothingChanged).toBe(true);
  });
});

describe('units and their current counts', () => {
  const units = [
    { id: 2, name: 'Puskesmas Cawas', kind: 'puskesmas', kecamatan: 'Cawas', asnCount: 40 },
    { id: 1, name: 'Dinas Kesehatan', kind: 'opd', kecamatan: 'Klaten Tengah', asnCount: 150 },
  ];

  it('takes the newest version of a unit over the list’s count, sorted by name, target by the current ratio', () => {
    const h = history(
      [
        version({ id: 4, unitId: 2, unitName: 'Puskesmas Cawas', effectiveFrom: '2025-01-06', asnCount: 44, deadline: null }),
        version({ id: 3, unitId: 2, unitName: 'Puskesmas Cawas', effectiveFrom: '2024-06-03', asnCount: 41, deadline: null }),
        version({ id: 1 }),
      ],
      { asnCount: 11_000, workersPerAsn: 2, target: 22_000 },
    );
    expect(unitTargetRows(units, h)).toEqual([
      { id: 1, name: 'Dinas Kesehatan', kind: 'opd', kecamatan: 'Klaten Tengah', asnCount: 150, target: 300, changedOn: null },
      { id: 2, name: 'Puskesmas Cawas', kind: 'puskesmas', kecamatan: 'Cawas', asnCount: 44, target: 88, changedOn: '2025-01-06' },
    ]);
    expect(lastEffectiveFrom(h, 2)).toBe('2025-01-06');
    expect(lastEffectiveFrom(h, null)).toBe('2023-11-13');
    expect(lastEffectiveFrom(h, 7)).toBeNull();
  });

  it('finds units by every word typed, in name or kecamatan, ignoring case', () => {
    const rows = unitTargetRows(units, history([]));
    expect(searchUnits(rows, 'cawas PUSKES').map((r) => r.id)).toEqual([2]);
    expect(searchUnits(rows, 'klaten').map((r) => r.id)).toEqual([1]);
    expect(searchUnits(rows, '  ')).toHaveLength(2);
    expect(searchUnits(rows, 'sekolah')).toEqual([]);
  });

  it('never finds a unit the query does not match, and always finds one it names exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.nat(), (names, pick) => {
        const rows = names.map((name, i) => ({ name: `${name} ${i}`, kecamatan: 'Wedi' }));
        const wanted = rows[pick % rows.length]!;
        expect(searchUnits(rows, wanted.name)).toContain(wanted);
        for (const r of searchUnits(rows, 'zzz-tidak-ada')) expect(`${r.name} ${r.kecamatan}`.toLowerCase()).toContain('zzz-tidak-ada');
      }),
    );
  });
});
