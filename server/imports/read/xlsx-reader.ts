import ExcelJS from 'exceljs';
import { ImportFileError } from '../import-error';

export type Cell = string | number | Date | null;

export interface SheetRecord {
  line: number;
  cells: Cell[];
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return toCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/**
 * Streams the rows of an .xlsx file sheet by sheet. `chooseSheet` sees each sheet's header row and says
 * whether this is the sheet with the data, so a workbook whose first sheet is a cover page still loads.
 */
export async function* readXlsx(path: string, chooseSheet: (header: Cell[]) => boolean): AsyncGenerator<SheetRecord & { sheet: string }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      const name = (sheet as unknown as { name?: string }).name ?? '';
      let chosen: boolean | null = null;
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => toCell(values[i + 1]));
        if (chosen === null) {
          if (cells.every((c) => c === null || String(c).trim() === '')) continue;
          chosen = chooseSheet(cells);
          if (!chosen) break;
        }
        yield { line: (row as ExcelJS.Row).number, cells, sheet: name };
      }
      if (chosen) return;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`Berkas Excel tidak dapat dibaca (rusak atau terpotong): ${(error as Error).message}`);
  }
  if (!sawSheet) throw new ImportFileError('Berkas Excel tidak berisi lembar kerja.');
  throw new ImportFileError('Tidak ada lembar kerja dengan kolom rekap yang dikenali (misalnya no_registrasi, tanggal_daftar, kode_wilayah).');
}
