/**
 * Writes generated registrations and regional recaps as the files the branch really receives: CSV saved
 * from Excel in its many dialects, or .xlsx. Tests feed these to the importer; the import benchmark too.
 */
import ExcelJS from 'exceljs';
import type { DemoRecap, DemoRegistration } from './generate';
import { regionByCode } from '../domain/geography';

export interface FileVariant {
  delimiter: ';' | ',';
  bom: boolean;
  crlf: boolean;
  headers: 'snake' | 'spaced' | 'upper' | 'alias';
  dates: 'dmy-slash' | 'dmy-dash' | 'iso' | 'd-mon-y' | 'd-month-y';
  rupiah: 'dots' | 'rp' | 'rp-space-decimals' | 'plain';
  status: 'title' | 'upper' | 'lower' | 'non-aktif';
  /** Surrounding whitespace in cells. */
  padded: boolean;
  quoteAll: boolean;
}

export const PLAIN_VARIANT: FileVariant = {
  delimiter: ';', bom: false, crlf: false, headers: 'snake', dates: 'dmy-slash', rupiah: 'dots', status: 'title', padded: false, quoteAll: false,
};

export const REGISTRATION_HEADERS = ['no_registrasi', 'tanggal_daftar', 'nip_pendaftar', 'unit_kerja', 'kecamatan', 'nik_pekerja', 'nama_pekerja', 'pekerjaan', 'iuran', 'status', 'aktif_sampai', 'kode_wilayah'] as const;
const ALIASES: Record<string, string> = {
  no_registrasi: 'No. Registrasi', tanggal_daftar: 'Tgl Daftar', nip_pendaftar: 'NIP', unit_kerja: 'Unit Kerja', kecamatan: 'Kec',
  nik_pekerja: 'NIK', nama_pekerja: 'Nama Peserta', pekerjaan: 'Jenis Pekerjaan', iuran: 'Iuran per Bulan', status: 'Status Kepesertaan',
  aktif_sampai: 'Masa Aktif', kode_wilayah: 'Kode Kab',
  nama_wilayah: 'Kabupaten/Kota', jumlah_asn: 'ASN', jumlah_terdaftar: 'Terdaftar', jumlah_aktif: 'Aktif', per_tanggal: 'Per Tgl',
};
export const REGIONAL_HEADERS = ['kode_wilayah', 'nama_wilayah', 'jumlah_asn', 'jumlah_terdaftar', 'jumlah_aktif', 'per_tanggal'] as const;

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_LONG = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function header(name: string, v: FileVariant): string {
  switch (v.headers) {
    case 'snake': return name;
    case 'spaced': return name.replaceAll('_', ' ').replace(/\b\w/g, (c) => c.toUpperCase());
    case 'upper': return name.toUpperCase();
    case 'alias': return ALIASES[name] ?? name;
  }
}

export function formatDate(iso: string, v: FileVariant): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  switch (v.dates) {
    case 'dmy-slash': return `${d}/${m}/${y}`;
    case 'dmy-dash': return `${d}-${m}-${y}`;
    case 'iso': return iso;
    case 'd-mon-y': return `${Number(d)} ${MONTHS_SHORT[Number(m) - 1]} ${y}`;
    case 'd-month-y': return `${Number(d)} ${MONTHS_LONG[Number(m) - 1]} ${y}`;
  }
}

function rupiah(n: number, v: FileVariant): string {
  const dots = n.toLocaleString('id-ID');
  switch (v.rupiah) {
    case 'dots': return dots;
    case 'rp': return `Rp${dots}`;
    case 'rp-space-decimals': return `Rp ${dots},00`;
    case 'plain': return String(n);
  }
}

function status(s: DemoRegistration['status'], v: FileVariant): string {
  const text = s === 'aktif' ? 'Aktif' : v.status === 'non-aktif' ? 'Non Aktif' : 'Tidak Aktif';
  return v.status === 'upper' ? text.toUpperCase() : v.status === 'lower' ? text.toLowerCase() : text;
}

export function registrationCells(r: DemoRegistration, v: FileVariant): string[] {
  return [
    r.registrationNo, formatDate(r.registeredOn, v), r.registrantNip, r.unitName, r.kecamatan, r.workerNik, r.workerName,
    r.occupation, rupiah(r.monthlyContribution, v), status(r.status, v), formatDate(r.activeUntil, v), r.regionCode,
  ];
}

export function recapCells(r: DemoRecap, v: FileVariant): string[] {
  const region = regionByCode(r.regionCode);
  const name = region ? `${region.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}` : '';
  const count = (n: number) => (v.rupiah === 'plain' ? String(n) : n.toLocaleString('id-ID'));
  return [r.regionCode, name, count(r.asnCount), count(r.registered), count(r.active), formatDate(r.asOf, v)];
}

function csvLine(cells: string[], v: FileVariant): string {
  return cells
    .map((c) => (v.padded ? ` ${c} ` : c))
    .map((c) => (v.quoteAll || c.includes(v.delimiter) || c.includes('"') || /[\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
    .join(v.delimiter);
}

function* csv(headers: readonly string[], rows: Iterable<string[]>, v: FileVariant): Generator<string> {
  const eol = v.crlf ? '\r\n' : '\n';
  yield (v.bom ? '\uFEFF' : '') + csvLine(headers.map((h) => header(h, v)), v) + eol;
  for (const cells of rows) yield csvLine(cells, v) + eol;
}

export function* registrationCsv(rows: Iterable<DemoRegistration>, v: FileVariant = PLAIN_VARIANT): Generator<string> {
  yield* csv(REGISTRATION_HEADERS, map(rows, (r) => registrationCells(r, v)), v);
}

export function* regionalCsv(rows: Iterable<DemoRecap>, v: FileVariant = PLAIN_VARIANT): Generator<string> {
  yield* csv(REGIONAL_HEADERS, map(rows, (r) => recapCells(r, v)), v);
}

function* map<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** An .xlsx as Excel saves it: dates as real date cells, NIK/NIP as text, an optional cover sheet first. */
export async function writeRegistrationXlsx(path: string, rows: Iterable<DemoRegistration>, options: { coverSheet?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  if (options.coverSheet) {
    const cover = workbook.addWorksheet('Keterangan');
    cover.addRow(['Rekap pendaftaran ASN peduli pekerja rentan']).commit();
    cover.addRow(['Sumber: BPJS Ketenagakerjaan Cabang Klaten']).commit();
    cover.commit();
  }
  const sheet = workbook.addWorksheet('rekap_pendaftaran');
  sheet.addRow([...REGISTRATION_HEADERS]).commit();
  for (const r of rows) {
    const row = sheet.addRow([
      r.registrationNo, utcDate(r.registeredOn), r.registrantNip, r.unitName, r.kecamatan, r.workerNik, r.workerName,
      r.occupation, r.monthlyContribution, r.status === 'aktif' ? 'Aktif' : 'Tidak Aktif', utcDate(r.activeUntil), r.regionCode,
    ]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(11).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
