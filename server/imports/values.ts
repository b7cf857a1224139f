import { isIsoDate, addDays } from '../../contract/dates';
import type { Cell } from './read/xlsx-reader';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

function isoFrom(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Excel's day 1 is 1900-01-01, counting its fictitious 29 Feb 1900: serial 25569 is 1970-01-01. */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return addDays('1970-01-01', serial - 25_569);
}

/**
 * Dates as the branch's files write them, always day first: 13/11/2023, 13-11-2023, 13.11.2023,
 * 2023-11-13, 13 Nov 2023, 13 November 2023, Excel serial numbers, and Excel date cells.
 */
export function parseDate(cell: Cell | undefined): Parsed<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('bukan tanggal yang sah');
    // Excel date cells arrive as UTC midnight of the calendar day.
    return ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    const iso = fromExcelSerial(cell);
    return iso ? ok(iso) : fail('angka ini bukan tanggal Excel yang sah');
  }
  const text = cellText(cell).toLowerCase();
  if (text === '') return fail('wajib diisi');
  let m: RegExpMatchArray | null;
  let iso: string | null = null;
  if ((m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) iso = isoFrom(+m[1]!, +m[2]!, +m[3]!);
  else if ((m = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/))) iso = isoFrom(+m[3]!, +m[2]!, +m[1]!);
  else if ((m = text.match(/^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/))) {
    const month = MONTHS[m[2]!];
    if (!month) return fail(`nama bulan "${m[2]}" tidak dikenal`);
    iso = isoFrom(+m[3]!, month, +m[1]!);
  } else if ((m = text.match(/^(\d{5})$/))) iso = fromExcelSerial(+m[1]!);
  else return fail('format tanggal tidak dikenal (contoh yang benar: 13/11/2023 atau 2023-11-13)');
  return iso ? ok(iso) : fail('tanggal tidak ada di kalender');
}

/** Rupiah: 16.800, Rp16.800, Rp 16.800,00, 16800. Thousands use dots; a decimal part must be ,00. */
export function parseRupiah(cell: Cell | undefined): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell > 0 ? ok(cell) : fail('harus jumlah rupiah bulat lebih dari 0');
  }
  const text = cellText(cell).replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  if (text === '') return fail('wajib diisi');
  const m = text.match(/^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?$/);
  if (!m) return fail('bukan jumlah rupiah (contoh: 16.800 atau Rp16.800)');
  if (m[2] && Number(m[2]) !== 0) return fail('iuran tidak boleh memuat sen');
  const value = Number(m[1]!.replaceAll('.', ''));
  return value > 0 ? ok(value) : fail('harus lebih dari 0');
}

export function parseStatus(cell: Cell | undefined): Parsed<'aktif' | 'tidak_aktif'> {
  const text = cellText(cell).toLowerCase().replace(/[\s_-]+/g, '');
  if (text === 'aktif') return ok('aktif');
  if (text === 'tidakaktif' || text === 'nonaktif') return ok('tidak_aktif');
  return fail('harus "Aktif" atau "Tidak Aktif"');
}

/** Personal ids: only their shape is checked, and messages never repeat them. */
export function parseDigits(cell: Cell | undefined, length: number, name: string): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) {
      return fail(`${name} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom ini sebagai Teks lalu ekspor ulang`);
    }
    cell = String(cell);
  }
  const text = cellText(cell).replace(/[\s'.-]/g, '');
  if (text === '') return fail('wajib diisi');
  if (!/^\d+$/.test(text)) return fail(`${name} hanya boleh berisi angka`);
  if (text.length !== length) return fail(`${name} harus ${length} digit (tertulis ${text.length} digit)`);
  return ok(text);
}

export function parseCount(cell: Cell | undefined): Parsed<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? ok(cell) : fail('harus bilangan bulat 0 atau lebih');
  const text = cellText(cell).replace(/\s/g, '');
  if (text === '') return fail('wajib diisi');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(text)) return fail('harus bilangan bulat 0 atau lebih (contoh: 11.000)');
  return ok(Number(text.replaceAll('.', '')));
}

export function requiredText(cell: Cell | undefined, max = 200): Parsed<string> {
  const text = cellText(cell);
  if (text === '') return fail('wajib diisi');
  if (text.length > max) return fail(`terlalu panjang (maksimal ${max} karakter)`);
  return ok(text);
}

/** "asisten  rumah tangga" and "ASISTEN RUMAH TANGGA" are one occupation: Title Case. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s/(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');

/** Finds a name in a closed list ignoring case and spacing, and suggests the closest one when it is not there. */
export function matchName(cell: Cell | undefined, names: readonly string[], what: string): Parsed<string> {
  const text = cellText(cell);
  if (text === '') return fail('wajib diisi');
  const found = names.find((n) => squash(n) === squash(text));
  if (found) return ok(found);
  const best = names
    .map((n) => ({ n, d: editDistance(squash(n), squash(text)) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = best && best.d <= 3 ? ` Mungkin maksudnya "${best.n}"?` : '';
  return fail(`${what} "${text}" tidak dikenal.${hint}`);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
