import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate } from '../../contract/dates';
import { KLATEN_KECAMATAN } from '../domain/geography';
import { generateDemoCampaign, LAUNCH_DATE } from './generate';
import { apportion } from './klaten-units';

describe('demo campaign generator', () => {
  const demo = generateDemoCampaign({ today: '2026-11-23' });
  const rows = [...demo.registrations()];

  it('is deterministic for a seed and differs for another', () => {
    const again = [...generateDemoCampaign({ today: '2026-11-23' }).registrations()];
    expect(again).toEqual(rows);
    const other = [...generateDemoCampaign({ today: '2026-11-23', seed: 7 }).registrations()];
    expect(other.slice(0, 50)).not.toEqual(rows.slice(0, 50));
  });

  it("spreads exactly 11.000 ASN over units in all 26 kecamatan, education first, then health", () => {
    expect(demo.campaign.asnCount).toBe(11_000);
    expect(demo.units.reduce((a, u) => a + u.asnCount, 0)).toBe(11_000);
    expect(new Set(demo.units.map((u) => u.kecamatan))).toEqual(new Set(KLATEN_KECAMATAN.map((k) => k.name)));
    const byKind = (kind: string) => demo.units.filter((u) => u.kind === kind).reduce((a, u) => a + u.asnCount, 0);
    expect(byKind('sekolah')).toBeGreaterThan(byKind('puskesmas'));
    expect(byKind('sekolah')).toBeGreaterThan(byKind('kecamatan'));
  });

  it('yields exactly recordCount valid rows from launch to today, in date order, with some lapsed', () => {
    expect(rows).toHaveLength(demo.recordCount);
    expect(rows[0]!.registeredOn).toBe(LAUNCH_DATE);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.registeredOn <= r.registeredOn)).toBe(true);
    expect(rows.at(-1)!.registeredOn <= demo.today).toBe(true);
    expect(rows.every((r) => /^\d{16}$/.test(r.workerNik) && /^\d{18}$/.test(r.registrantNip) && isIsoDate(r.activeUntil))).toBe(true);
    expect(new Set(rows.map((r) => r.registrationNo)).size).toBe(rows.length);
    const lapsed = rows.filter((r) => r.status === 'tidak_aktif').length / rows.length;
    expect(lapsed).toBeGreaterThan(0.05);
    expect(lapsed).toBeLessThan(0.4);
  });

  it('shows the socialisation jump: the first 30 days hold far more than an average month', () => {
    const first30 = rows.filter((r) => daysBetween(LAUNCH_DATE, r.registeredOn) < 30).length;
    const months = daysBetween(LAUNCH_DATE, demo.today) / 30;
    expect(first30).toBeGreaterThan(3 * (rows.length / months));
  });

  it('registers some workers twice (same NIK), as happens in real recaps', () => {
    const distinct = new Set(rows.map((r) => r.workerNik)).size;
    expect(distinct).toBeLessThan(rows.length);
    expect(distinct).toBeGreaterThan(rows.length * 0.98);
  });

  it('scales to a requested size for tests and benchmarks', () => {
    const big = generateDemoCampaign({ today: '2026-11-23', records: 50_000 });
    expect(big.recordCount).toBe(50_000);
    expect(big.units.reduce((a, u) => a + u.asnCount, 0)).toBe(big.campaign.asnCount);
    let n = 0;
    for (const _ of big.registrations()) n++;
    expect(n).toBe(50_000);
  });

  it('rejects a "today" before launch', () => {
    expect(() => generateDemoCampaign({ today: '2023-01-01' })).toThrow(/before the launch/);
  });
});

describe('apportion', () => {
  it('sums exactly to the total and stays proportional', () => {
    const parts = apportion([1, 1, 1], 10);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
  });
});
