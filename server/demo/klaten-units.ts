import type { UnitKind } from '../../contract/breakdowns';
import { KLATEN_KECAMATAN } from '../domain/geography';
import type { Random } from './random';

export interface DemoUnit {
  name: string;
  kind: UnitKind;
  kecamatan: string;
  asnCount: number;
  /** How keen the unit is: expected registrations per ASN, relative. */
  propensity: number;
  /** A unit that went quiet: no registration after this date. */
  quietAfter: string | null;
}

/** Klaten's regency agencies with rough ASN head counts (the regency seat is in Klaten Tengah). */
const OPDS: readonly [string, number][] = [
  ['Sekretariat Daerah', 260], ['Sekretariat DPRD', 70], ['Inspektorat', 60], ['Bappeda', 50],
  ['BKPSDM', 60], ['BPKPAD', 120], ['Dinas Pendidikan', 180], ['Dinas Kesehatan', 150],
  ['RSUD Bagas Waras', 420], ['Dinas Sosial, P3A dan KB', 110],
  ['Dinas Pertanian, Ketahanan Pangan dan Perikanan', 210], ['Dinas PU dan Penataan Ruang', 140],
  ['Dinas Perhubungan', 90], ['Dinas Lingkungan Hidup', 110], ['Dinas Kependudukan dan Pencatatan Sipil', 60],
  ['Dinas Koperasi, UKM dan Perdagangan', 80], ['Dinas Pariwisata, Kebudayaan, Pemuda dan Olahraga', 70],
  ['Dinas Perumahan dan Kawasan Permukiman', 50], ['Dinas Komunikasi dan Informatika', 50],
  ['Dinas Tenaga Kerja dan Transmigrasi', 40], ['Dinas Perpustakaan dan Kearsipan', 40],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 45], ['DPMPTSP', 45], ['Satpol PP', 90], ['BPBD', 40],
  ['Badan Kesbangpol', 30],
];

const SMP_NAME: Record<string, string> = {
  'Klaten Tengah': 'SMP Negeri 1 Klaten',
  'Klaten Utara': 'SMP Negeri 2 Klaten',
  'Klaten Selatan': 'SMP Negeri 3 Klaten',
};

const KIND_KEENNESS: Record<UnitKind, number> = { sekolah: 1.05, puskesmas: 1.1, opd: 0.95, kecamatan: 0.85 };

/**
 * Klaten's units: education holds most ASN (SD teachers per kecamatan, SMPs), then health
 * (puskesmas, RSUD, Dinas Kesehatan), then the agencies and the 26 kecamatan offices.
 * Head counts are scaled to sum exactly to `totalAsn`.
 */
export function buildKlatenUnits(random: Random, totalAsn: number, today: string, quietFrom: string): DemoUnit[] {
  const raw: { name: string; kind: UnitKind; kecamatan: string; size: number }[] = [];
  for (const [name, size] of OPDS) raw.push({ name, kind: 'opd', kecamatan: 'Klaten Tengah', size });
  for (const { name: kec } of KLATEN_KECAMATAN) {
    raw.push({ name: `SD Negeri Kec. ${kec}`, kind: 'sekolah', kecamatan: kec, size: random.int(120, 260) });
    raw.push({ name: SMP_NAME[kec] ?? `SMP Negeri 1 ${kec}`, kind: 'sekolah', kecamatan: kec, size: random.int(35, 60) });
    raw.push({ name: `Puskesmas ${kec}`, kind: 'puskesmas', kecamatan: kec, size: random.int(30, 55) });
    raw.push({ name: `Kecamatan ${kec}`, kind: 'kecamatan', kecamatan: kec, size: random.int(18, 30) });
  }
  const counts = apportion(raw.map((u) => u.size), totalAsn);
  const quietSpan = Math.max(1, Date.parse(today) / 86_400_000 - 20 - Date.parse(quietFrom) / 86_400_000);
  return raw.map((u, i) => {
    const keen = KIND_KEENNESS[u.kind] * Math.exp(0.26 * random.normal());
    const laggard = random.next() < 0.06;
    const quiet = random.next() < 0.1;
    const quietDay = Date.parse(quietFrom) + Math.floor(random.next() * quietSpan) * 86_400_000;
    return {
      name: u.name,
      kind: u.kind,
      kecamatan: u.kecamatan,
      asnCount: counts[i]!,
      propensity: laggard ? keen * 0.25 : keen,
      quietAfter: quiet ? new Date(quietDay).toISOString().slice(0, 10) : null,
    };
  });
}

/** Largest-remainder rounding: integers proportional to `weights` that sum exactly to `total`. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
