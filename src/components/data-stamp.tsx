import { formatDate } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** "Data per 23 Nov 2026" under a section title. */
export function DataStamp({ asOfDate }: { asOfDate: string | null | undefined }) {
  const { t, lang } = useT();
  if (asOfDate === undefined) return null;
  return <p className="stamp">{asOfDate ? t.dataAsOf(formatDate(asOfDate, lang)) : t.noDataYet}</p>;
}
