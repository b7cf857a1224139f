import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../contract/dates';
import { fromExcelSerial, matchName, parseDate, parseDigits, parseRupiah, parseStatus } from './values';

describe('parseDate', () => {
  it.each([
    ['13/11/2023', '2023-11-13'], ['13-11-2023', '2023-11-13'], ['2023-11-13', '2023-11-13'], ['13 Nov 2023', '2023-11-13'],
    ['13 November 2023', '2023-11-13'], ['3 Agu 2024', '2024-08-03'], ['03/04/2024', '2024-04-03'], [' 1 Des 2023 ', '2023-12-01'],
    ['45243', '2023-11-13'],
  ])('reads %s day first', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads Excel serial numbers and date cells', () => {
    expect(parseDate(45_243)).toEqual({ ok: true, value: '2023-11-13' });
    expect(fromExcelSerial(25_569)).toBe('1970-01-01');
    expect(parseDate(new Date('2024-02-29T00:00:00Z'))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it.each(['32/13/2024', '31/02/2024', '2023-13-01', '13 Foo 2023', 'besok', '', '1.5'])('refuses %j with a reason', (text) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const parsed = parseDate(s);
      if (parsed.ok) expect(isIsoDate(parsed.value)).toBe(true);
    }));
  });
});

describe('parseRupiah', () => {
  it.each([['16.800', 16_800], ['Rp16.800', 16_800], ['Rp 16.800,00', 16_800], ['16800', 16_800], ['rp. 1.016.800', 1_016_800]])('reads %s', (text, n) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value: n });
  });
  it.each(['16,8', '16.80', 'Rp16.800,50', '0', '-16800', 'enam belas ribu', ''])('refuses %j', (text) => {
    expect(parseRupiah(text).ok).toBe(false);
  });
});

describe('parseStatus', () => {
  it.each([['Aktif', 'aktif'], ['AKTIF', 'aktif'], [' aktif ', 'aktif'], ['Tidak Aktif', 'tidak_aktif'], ['NON AKTIF', 'tidak_aktif'], ['Non-Aktif', 'tidak_aktif']])('%s', (text, value) => {
    expect(parseStatus(text)).toEqual({ ok: true, value });
  });
  it('refuses anything else', () => expect(parseStatus('Lunas').ok).toBe(false));
});

describe('parseDigits (NIK, NIP)', () => {
  it('checks length and digits, never echoing the value', () => {
    const short = parseDigits('331001570879000', 16, 'NIK');
    expect(short).toEqual({ ok: false, message: 'NIK harus 16 digit (tertulis 15 digit)' });
    expect(parseDigits('3310 0157 0879 0002', 16, 'NIK')).toEqual({ ok: true, value: '3310015708790002' });
    expect(parseDigits('33100157087900O2', 16, 'NIK').ok).toBe(false);
  });
  it('explains a NIP that Excel turned into a rounded number', () => {
    const parsed = parseDigits(198503122010011000, 18, 'NIP');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Teks/);
  });
});

describe('matchName', () => {
  it('matches ignoring case and spacing, and suggests the closest name', () => {
    const names = ['Klaten Tengah', 'Klaten Utara'];
    expect(matchName('klaten  tengah', names, 'Kecamatan')).toEqual({ ok: true, value: 'Klaten Tengah' });
    const miss = matchName('Klaten Tngah', names, 'Kecamatan');
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.message).toContain('Mungkin maksudnya "Klaten Tengah"');
  });
});
