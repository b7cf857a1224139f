import { useId, type ReactNode } from 'react';
import type { CsvValue } from '@/lib/export/csv';

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** The cell that names the row is a row header, so screen readers announce it with each value. */
  rowHeader?: boolean;
  sortable?: boolean;
  /** The cell's raw value for the CSV export (numbers as numbers, ratios via percentCell); no csv, not exported. */
  csv?: (row: Row) => CsvValue;
}

export interface TableSort {
  column: string;
  direction: 'asc' | 'desc';
  onSort: (column: string) => void;
}

interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** Marks the row as the current one (e.g. the campaign's own region) for assistive technology. */
  isCurrentRow?: (row: Row) => boolean;
  sort?: TableSort;
  /** Cap the height and scroll inside, for long tables. */
  maxHeight?: string;
}

/**
 * A real table with caption and headers. Wide tables scroll inside their own focusable
 * container so the page itself never scrolls sideways on a phone.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClassName, isCurrentRow, sort, maxHeight }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table className="table">
        <caption id={captionId} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.column === column.id;
              const ariaSort = column.sortable && sort ? (active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined;
              return (
                <th key={column.id} scope="col" aria-sort={ariaSort} className={column.align === 'end' ? 'num' : undefined}>
                  {column.sortable && sort ? (
                    <button type="button" className="sort-button" onClick={() => sort.onSort(column.id)}>
                      {column.header}
                      <span className="sort-button__icon" aria-hidden="true">
                        {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)} aria-current={isCurrentRow?.(row) ? 'true' : undefined}>
              {columns.map((column) => {
                const className = column.align === 'end' ? 'num' : undefined;
                return column.rowHeader ? (
                  <th key={column.id} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
