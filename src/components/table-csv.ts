import type { CsvColumn, CsvTable } from '@/lib/export/csv';
import type { Column } from './data-table';

/** The CSV columns of a table: each column that gives a `csv` value, under the table's own header. */
export function csvColumns<Row>(columns: readonly Column<Row>[]): CsvColumn<Row>[] {
  return columns.flatMap((c) => (c.csv ? [{ header: c.header, value: c.csv }] : []));
}

/** A CSV export of a table's rows with the table's column definitions. */
export function tableCsv<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]): CsvTable<Row> {
  return { name, columns: csvColumns(columns), rows };
}
