import type { CsvTable } from '@/lib/export/csv';
import { downloadCsv } from '@/lib/export/download';
import { useT } from '@/lib/i18n/use-t';

/**
 * "Unduh CSV": downloads the data behind a chart or table. The accessible name starts with the visible
 * label and names the chart, so a screen reader user knows which of the page's exports it is.
 */
export function CsvButton({ title, table, asOfDate }: { title: string; table: () => CsvTable<unknown>; asOfDate: string | null }) {
  const { t } = useT();
  return (
    <button type="button" className="button button--quiet" aria-label={`${t.downloadCsv}: ${title}`} onClick={() => downloadCsv(table(), asOfDate)}>
      {t.downloadCsv}
    </button>
  );
}
