import { lazy } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { OccupationBreakdown } from '../../../../contract/breakdowns';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable, type Column } from '@/components/data-table';
import { tableCsv } from '@/components/table-csv';
import { percentCell } from '@/lib/export/csv';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useOccupations } from '../api/get-occupations';

const OccupationsChart = lazy(() => import('./occupations-chart'));

/** The whole campaign's occupations (the overview). */
export function OccupationsSection() {
  const { t } = useT();
  const query = useOccupations();
  return <OccupationsFrame query={query} title={t.occupationsTitle} caption={t.occupationsTableCaption} />;
}

interface OccupationsFrameProps {
  /** The campaign's breakdown or one unit's/kecamatan's. */
  query: Pick<UseQueryResult<OccupationBreakdown>, 'data' | 'isError' | 'isFetching' | 'refetch'>;
  title: string;
  caption: string;
  headingLevel?: 2 | 3;
}

/** Chart and table of one occupation breakdown: the overview's and each scope page's. */
export function OccupationsFrame({ query, title, caption, headingLevel }: OccupationsFrameProps) {
  const columns = useOccupationColumns();
  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      query={query}
      asOfDate={(o) => o.asOfDate}
      isEmpty={(o) => o.rows.every((r) => r.registered === 0)}
      chartHeight="16rem"
      chart={(o) => <OccupationsChart breakdown={o} />}
      table={(o) => <OccupationsTable breakdown={o} caption={caption} />}
      csv={(o) => tableCsv('pekerjaan', columns, o.rows)}
    />
  );
}

/** The occupation table's columns, shared by the table and its CSV export. */
function useOccupationColumns(): Column<OccupationBreakdown['rows'][number]>[] {
  const { t, lang } = useT();
  return [
    { id: 'occupation', header: t.occupationColumn, cell: (r) => r.occupation, rowHeader: true, csv: (r) => r.occupation },
    { id: 'registered', header: t.registeredColumn, cell: (r) => formatNumber(r.registered, lang), align: 'end', csv: (r) => r.registered },
    { id: 'active', header: t.activeColumn, cell: (r) => formatNumber(r.active, lang), align: 'end', csv: (r) => r.active },
    { id: 'share', header: t.shareColumn, cell: (r) => formatPercent(r.share, lang), align: 'end', csv: (r) => percentCell(r.share) },
  ];
}

function OccupationsTable({ breakdown, caption }: { breakdown: OccupationBreakdown; caption: string }) {
  const columns = useOccupationColumns();
  return <DataTable caption={caption} rows={breakdown.rows} rowKey={(r) => r.occupation} columns={columns} />;
}
