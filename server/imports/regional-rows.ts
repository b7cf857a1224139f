import type { Region } from '../../contract/common';
import type { ColumnMap, RegionalColumn } from './columns';
import type { RowProblem } from './import-error';
import type { Cell } from './read/xlsx-reader';
import { cellText, parseCount, parseDate, parseDigits, type Parsed } from './values';

export interface StagedRecap {
  line: number;
  regionCode: string;
  asOf: string;
  asnCount: number;
  registered: number;
  active: number;
}

export interface RegionalContext {
  today: string;
  regions: readonly Region[];
  campaignRegionCode: string;
}

const KIND_PREFIX: [RegExp, Region['kind']][] = [
  [/^(kabupaten|kab\.?)\s+/i, 'kabupaten'],
  [/^kota\s+/i, 'kota'],
];

export function validateRecap(
  line: number,
  cells: readonly Cell[],
  columns: ColumnMap<RegionalColumn>,
  ctx: RegionalContext,
): { row: StagedRecap } | { problems: RowProblem[] } | { skip: string } {
  const problems: RowProblem[] = [];
  const cell = (c: RegionalColumn) => {
    const i = columns.index[c];
    return i === undefined ? null : (cells[i] ?? null);
  };
  function take<T>(c: RegionalColumn, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    problems.push({ line, column: columns.label[c], value: cellText(cell(c)) || null, message: parsed.message });
    return undefined;
  }

  const code = take('kode_wilayah', parseDigits(cell('kode_wilayah'), 4, 'Kode wilayah'));
  const region = code ? ctx.regions.find((r) => r.code === code) : undefined;
  if (code && !region) problems.push({ line, column: columns.label.kode_wilayah, value: code, message: 'bukan kode wilayah Jawa Tengah' });
  const name = cellText(cell('nama_wilayah'));
  if (region && name !== '') {
    const prefix = KIND_PREFIX.find(([re]) => re.test(name));
    const bare = prefix ? name.replace(prefix[0], '') : name;
    const label = `${region.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${region.name}`;
    if (bare.toLowerCase().replace(/\s+/g, ' ') !== region.name.toLowerCase() || (prefix && prefix[1] !== region.kind)) {
      problems.push({ line, column: columns.label.nama_wilayah, value: name, message: `kode ${code} adalah ${label}, bukan "${name}"` });
    }
  }
  const asn = take('jumlah_asn', parseCount(cell('jumlah_asn')));
  const registered = take('jumlah_terdaftar', parseCount(cell('jumlah_terdaftar')));
  const active = take('jumlah_aktif', parseCount(cell('jumlah_aktif')));
  if (registered !== undefined && active !== undefined && active > registered) {
    problems.push({ line, column: columns.label.jumlah_aktif, value: cellText(cell('jumlah_aktif')), message: 'lebih besar dari jumlah terdaftar' });
  }
  const asOf = take('per_tanggal', parseDate(cell('per_tanggal')));
  if (asOf && asOf > ctx.today) problems.push({ line, column: columns.label.per_tanggal, value: cellText(cell('per_tanggal')), message: 'tanggal di masa depan' });

  if (problems.length > 0) return { problems };
  // The campaign's own region is counted from its detailed records; its recap row is not needed.
  if (code === ctx.campaignRegionCode) return { skip: 'wilayah kampanye dihitung dari data pendaftaran' };
  return { row: { line, regionCode: code!, asOf: asOf!, asnCount: asn!, registered: registered!, active: active! } };
}
