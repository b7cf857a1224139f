import { lazy } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useCoverage } from '../api/get-coverage';
import { coverageMessages } from '../messages';

const ExpiringChart = lazy(() => import('./expiring-chart'));

/** Workers whose cover ends in the next 30 days, as counts per unit (never names), with the total. */
export function ExpiringSection() {
  const { t, lang } = useT();
  const m = useMessages(coverageMessages);
  const query = useCoverage();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <ChartFrame
      title={m.expiringTitle}
      headingLevel={3}
      query={query}
      asOfDate={(c) => c.asOfDate}
      // A window with nobody in it is an answer, not missing data: the summary says so.
      isEmpty={(c) => c.asOfDate === null}
      className="coverage-expiring"
      summary={(c) => {
        const from = formatDate(c.expiring.from, lang);
        const to = formatDate(c.expiring.to, lang);
        return (
          <p className="caption coverage-expiring__summary">
            {c.expiring.total === 0 ? m.noneExpiring(from, to) : m.expiringSummary(n(c.expiring.total), n(c.expiring.units.length), from, to)}
          </p>
        );
      }}
      chart={(c) =>
        c.expiring.units.length === 0 ? null : (
          <>
            <ExpiringChart expiring={c.expiring} />
            <p className="chart-note">{m.expiringNote}</p>
          </>
        )
      }
      table={(c) => (
        <DataTable
          caption={m.expiringTableCaption(n(c.expiring.total))}
          maxHeight="30rem"
          rows={c.expiring.units}
          rowKey={(u) => String(u.id)}
          columns={[
            {
              id: 'unit',
              header: m.unitColumn,
              cell: (u) => <Link to={localizedTo(`/unit/${u.id}`, lang)}>{u.name}</Link>,
              rowHeader: true,
            },
            { id: 'kind', header: m.kindColumn, cell: (u) => t.unitKinds[u.kind] },
            { id: 'kecamatan', header: m.kecamatanColumn, cell: (u) => u.kecamatan },
            { id: 'count', header: m.workersColumn, cell: (u) => n(u.count), align: 'end' },
          ]}
        />
      )}
    />
  );
}
