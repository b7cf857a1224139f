import type { Interval, TimeseriesPoint } from '../../../../contract/timeseries';
import type { Column } from '@/components/data-table';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

/** Period, new and cumulative columns of a progress table: the overview's and each unit's. */
export function useSeriesColumns<Row extends Pick<TimeseriesPoint, 'date' | 'new' | 'cumulative'>>(interval: Interval): Column<Row>[] {
  const { t, lang } = useT();
  const period = (date: string) =>
    interval === 'day' ? formatDate(date, lang)
    : interval === 'week' ? t.weekOf(formatDate(date, lang))
    : formatMonth(date, lang);
  return [
    { id: 'period', header: t.periodColumn, cell: (p) => period(p.date), rowHeader: true, csv: (p) => p.date },
    { id: 'new', header: t.newColumn, cell: (p) => formatNumber(p.new, lang), align: 'end', csv: (p) => p.new },
    { id: 'cumulative', header: t.cumulativeColumn, cell: (p) => formatNumber(p.cumulative, lang), align: 'end', csv: (p) => p.cumulative },
  ];
}
