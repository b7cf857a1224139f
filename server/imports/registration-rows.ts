import type { Pseudonymize } from '../privacy/pseudonym';
import type { ColumnMap, RegistrationColumn } from './columns';
import type { RowProblem } from './import-error';
import type { Cell } from './read/xlsx-reader';
import { cellText, matchName, parseDate, parseDigits, parseRupiah, parseStatus, requiredText, titleCase, type Parsed } from './values';

/** A registration as it is staged: personal ids already replaced by keyed hashes, the name dropped. */
export interface StagedRegistration {
  line: number;
  registrationNo: string;
  registeredOn: string;
  unitName: string;
  kecamatan: string;
  occupation: string;
  monthlyContribution: number;
  status: 'aktif' | 'tidak_aktif';
  activeUntil: string | null;
  workerKey: string;
  registrantKey: string;
}

export interface RegistrationContext {
  today: string;
  regionCode: string;
  regionLabel: string;
  kecamatan: readonly string[];
  pseudonymize: Pseudonymize;
}

const PERSONAL = new Set<RegistrationColumn>(['nip_pendaftar', 'nik_pekerja', 'nama_pekerja']);

export function validateRegistration(
  line: number,
  cells: readonly Cell[],
  columns: ColumnMap<RegistrationColumn>,
  ctx: RegistrationContext,
): { row: StagedRegistration } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (c: RegistrationColumn) => {
    const i = columns.index[c];
    return i === undefined ? null : (cells[i] ?? null);
  };
  function take<T>(c: RegistrationColumn, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    problems.push({ line, column: columns.label[c], value: PERSONAL.has(c) ? null : cellText(cell(c)) || null, message: parsed.message });
    return undefined;
  }

  const registrationNo = take('no_registrasi', requiredText(cell('no_registrasi'), 64));
  const registeredOn = take('tanggal_daftar', parseDate(cell('tanggal_daftar')));
  if (registeredOn && registeredOn > ctx.today) {
    problems.push({ line, column: columns.label.tanggal_daftar, value: cellText(cell('tanggal_daftar')), message: 'tanggal di masa depan' });
  }
  const nip = take('nip_pendaftar', parseDigits(cell('nip_pendaftar'), 18, 'NIP'));
  const unitName = take('unit_kerja', requiredText(cell('unit_kerja')));
  const kecamatan = take('kecamatan', matchName(cell('kecamatan'), ctx.kecamatan, 'Kecamatan'));
  const nik = take('nik_pekerja', parseDigits(cell('nik_pekerja'), 16, 'NIK'));
  const occupation = take('pekerjaan', requiredText(cell('pekerjaan'), 100));
  const contribution = take('iuran', parseRupiah(cell('iuran')));
  const status = take('status', parseStatus(cell('status')));
  let activeUntil: string | null = null;
  if (cellText(cell('aktif_sampai')) !== '' || cell('aktif_sampai') instanceof Date) {
    activeUntil = take('aktif_sampai', parseDate(cell('aktif_sampai'))) ?? null;
    if (activeUntil && registeredOn && activeUntil < registeredOn) {
      problems.push({ line, column: columns.label.aktif_sampai, value: cellText(cell('aktif_sampai')), message: 'lebih awal dari tanggal daftar' });
    }
  }
  const region = take('kode_wilayah', parseDigits(cell('kode_wilayah'), 4, 'Kode wilayah'));
  if (region && region !== ctx.regionCode) {
    problems.push({
      line, column: columns.label.kode_wilayah, value: region,
      message: region.startsWith('33') ? `bukan ${ctx.regionLabel} (${ctx.regionCode})` : `bukan kode wilayah Jawa Tengah (33xx)`,
    });
  }

  if (problems.length > 0) return { problems };
  return {
    row: {
      line,
      registrationNo: registrationNo!,
      registeredOn: registeredOn!,
      unitName: unitName!,
      kecamatan: kecamatan!,
      occupation: titleCase(occupation!),
      monthlyContribution: contribution!,
      status: status!,
      activeUntil,
      workerKey: ctx.pseudonymize(nik!),
      registrantKey: ctx.pseudonymize(nip!),
    },
  };
}
