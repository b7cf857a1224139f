import { csvFileName, toCsv, type CsvTable } from './csv';

/** Offers `blob` as a download named `fileName` (object URL + a temporary <a download>). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads a chart's data as `pantau-peduli_<chart-slug>_<asOfDate>.csv`. */
export function downloadCsv<Row>(table: CsvTable<Row>, asOfDate: string | null): void {
  const blob = new Blob([toCsv(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, csvFileName(table.name, asOfDate));
}
