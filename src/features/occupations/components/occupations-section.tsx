import { lazy } from 'react';
import type { OccupationBreakdown } from '../../../../contract/breakdowns';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useOccupations } from '../api/get-occupations';

const OccupationsChart = lazy(() => import('./occupations-chart'));

export function OccupationsSection() {
  const { t } = useT();
  const query = useOccupations();
  return (
    <ChartFrame
      title={t.occupationsTitle}
      query={query}
      asOfDate={(o) => o.asOfDate}
      isEmpty={(o) => o.rows.every((r) => r.registered === 0)}
      chartHeight="16rem"
      chart={(o) => <OccupationsChart breakdown={o} />}
      table={(o) => <OccupationsTable breakdown={o} />}
    />
  );
}

function OccupationsTable({ breakdown }: { breakdown: OccupationBreakdown }) {
  const { t, lang } = useT();
  return (
    <DataTable
      caption={t.occupationsTableCaption}
      rows={breakdown.rows}
      rowKey={(r) => r.occupation}
      columns={[
        { id: 'occupation', header: t.occupationColumn, cell: (r) => r.occupation, rowHeader: true },
        { id: 'registered', header: t.registeredColumn, cell: (r) => formatNumber(r.registered, lang), align: 'end' },
        { id: 'active', header: t.activeColumn, cell: (r) => formatNumber(r.active, lang), align: 'end' },
        { id: 'share', header: t.shareColumn, cell: (r) => formatPercent(r.share, lang), align: 'end' },
      ]}
    />
  );
}
