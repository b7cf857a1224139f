import { readCsv } from '../../server/imports/read/csv-reader';

/** Parses CSV text back with the project's own import reader (the one that reads Excel's CSV files). */
export async function readCsvText(text: string): Promise<string[][]> {
  const bytes = new TextEncoder().encode(text);
  async function* one() {
    yield bytes;
  }
  const records: string[][] = [];
  for await (const record of readCsv(one())) records.push(record.cells);
  return records;
}

/** A cell written by the CSV export as a number in id-ID form ("73,4", "-12") back to a JS number. */
export function idNumber(cell: string): number {
  if (!/^-?\d+(,\d+)?$/.test(cell)) throw new Error(`not an id-ID number: ${JSON.stringify(cell)}`);
  return Number(cell.replace(',', '.'));
}
