import { lazy } from 'react';
import type { OccupationBreakdown } from '../../../../contract/breakdowns';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useScopeOccupations } from '../api/get-scope-occupations';
import { unitsMessages } from '../messages';
import type { ScopeRef } from '../models/scope';

// The overview's occupation chart, fed the scoped breakdown.
const OccupationsChart = lazy(() => import('@/features/occupations/components/occupations-chart'));

export function ScopeOccupationsSection({ scope, name }: { scope: ScopeRef; name: string }) {
  const m = useMessages(unitsMessages);
  const query = useScopeOccupations(scope);
  return (
    <ChartFrame
      title={m.occupationsTitle}
      headingLevel={3}
      query={query}
      asOfDate={(o) => o.asOfDate}
      isEmpty={(o) => o.rows.every((r) => r.registered === 0)}
      chartHeight="16rem"
      chart={(o) => <OccupationsChart breakdown={o} />}
      table={(o) => <OccupationsTable breakdown={o} name={name} />}
    />
  );
}

function OccupationsTable({ breakdown, name }: { breakdown: OccupationBreakdown; name: string }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  return (
    <DataTable
      caption={m.occupationsCaption(name)}
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
