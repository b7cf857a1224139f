/** The two kinds of file the branch receives, their columns, and the names those columns go by in real exports. */
export type ImportKind = 'registrations' | 'regional';

export const REGISTRATION_COLUMNS = {
  no_registrasi: ['noregistrasi', 'nomorregistrasi', 'noreg', 'nopendaftaran', 'nomorpendaftaran'],
  tanggal_daftar: ['tanggaldaftar', 'tgldaftar', 'tanggalpendaftaran', 'tglpendaftaran', 'tanggalregistrasi', 'tglregistrasi'],
  nip_pendaftar: ['nippendaftar', 'nip', 'nipasn'],
  unit_kerja: ['unitkerja', 'unit', 'opd', 'instansi', 'satuankerja', 'satker'],
  kecamatan: ['kecamatan', 'kec'],
  nik_pekerja: ['nikpekerja', 'nik', 'nikpeserta'],
  nama_pekerja: ['namapekerja', 'nama', 'namapeserta'],
  pekerjaan: ['pekerjaan', 'jenispekerjaan', 'profesi'],
  iuran: ['iuran', 'iuranperbulan', 'iuranbulanan', 'nominaliuran'],
  status: ['status', 'statuskepesertaan', 'statuspeserta'],
  aktif_sampai: ['aktifsampai', 'aktifsd', 'masaaktif', 'berlakusampai', 'iuransampai'],
  kode_wilayah: ['kodewilayah', 'kodekab', 'kodekabupaten', 'kodekabkota'],
} as const;

export const REGIONAL_COLUMNS = {
  kode_wilayah: ['kodewilayah', 'kodekab', 'kodekabupaten', 'kodekabkota'],
  nama_wilayah: ['namawilayah', 'wilayah', 'namakabupatenkota', 'kabupatenkota', 'namakabkota'],
  jumlah_asn: ['jumlahasn', 'asn'],
  jumlah_terdaftar: ['jumlahterdaftar', 'terdaftar', 'jumlahpeserta'],
  jumlah_aktif: ['jumlahaktif', 'aktif', 'pesertaaktif'],
  per_tanggal: ['pertanggal', 'tanggal', 'pertgl', 'tanggaldata'],
} as const;

export type RegistrationColumn = keyof typeof REGISTRATION_COLUMNS;
export type RegionalColumn = keyof typeof REGIONAL_COLUMNS;

const OPTIONAL = new Set<string>(['aktif_sampai', 'nama_pekerja']);

/** Header matching ignores case, spaces, underscores and punctuation: "Tgl. Daftar" = "tanggal_daftar". */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_.\-/\\()]+/g, '');
}

export interface ColumnMap<C extends string> {
  kind: ImportKind;
  index: Record<C, number | undefined>;
  /** Header text as written in the file, for error messages. */
  label: Record<C, string>;
}

function mapColumns<C extends string>(kind: ImportKind, spec: Record<C, readonly string[]>, header: readonly unknown[]) {
  const normalized = header.map(normalizeHeader);
  const index = {} as Record<C, number | undefined>;
  const label = {} as Record<C, string>;
  for (const column of Object.keys(spec) as C[]) {
    const i = normalized.findIndex((h) => spec[column].includes(h));
    index[column] = i >= 0 ? i : undefined;
    label[column] = i >= 0 ? String(header[i]).trim() : column;
  }
  const missing = (Object.keys(spec) as C[]).filter((c) => index[c] === undefined && !OPTIONAL.has(c));
  return { map: { kind, index, label } as ColumnMap<C>, missing };
}

export type DetectedColumns =
  | { kind: 'registrations'; map: ColumnMap<RegistrationColumn> }
  | { kind: 'regional'; map: ColumnMap<RegionalColumn> };

/** Which kind of recap a header row belongs to, or the columns it lacks for the closer match. */
export function detectColumns(header: readonly unknown[]): DetectedColumns | { kind: null; missing: string[]; closest: ImportKind } {
  const reg = mapColumns('registrations', REGISTRATION_COLUMNS, header);
  if (reg.missing.length === 0) return { kind: 'registrations', map: reg.map };
  const regional = mapColumns('regional', REGIONAL_COLUMNS, header);
  if (regional.missing.length === 0) return { kind: 'regional', map: regional.map };
  return reg.missing.length <= regional.missing.length
    ? { kind: null, missing: reg.missing, closest: 'registrations' }
    : { kind: null, missing: regional.missing, closest: 'regional' };
}
