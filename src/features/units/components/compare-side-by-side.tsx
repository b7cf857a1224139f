import type { ReactNode } from 'react';
import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import type { LeaderboardEntry } from '../models/leaderboard-model';
import { SERIES_STYLES } from '../models/compare-model';
import { BadgeList } from './badges';
import { neededCell } from './leaderboard-table';
import { QueryPanel } from '@/components/query-panel';
import { SeriesSwatch } from './series-swatch';
import { ScopeLink } from './unit-link';
import { useLeaderboard } from './use-leaderboard';

interface Measure {
  id: string;
  label: string;
  cell: (entry: LeaderboardEntry) => ReactNode;
}

/** The compared units' figures in columns, one measure a row, from the same model as the leaderboard. */
export function CompareSideBySide({ ids }: { ids: readonly number[] }) {
  const m = useMessages(unitsMessages);
  const query = useLeaderboard();
  const entries = query.data ? ids.map((id) => query.data!.find((e) => e.row.id === id)).filter((e): e is LeaderboardEntry => e !== undefined) : undefined;
  return (
    <QueryPanel
      title={m.sideBySideTitle}
      query={{ ...query, data: entries }}
      asOfDate={query.asOfDate}
      isEmpty={(list) => list.length === 0}
      className="compare-page__side"
    >
      {(list) => <SideBySideTable entries={list} />}
    </QueryPanel>
  );
}

function SideBySideTable({ entries }: { entries: LeaderboardEntry[] }) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const projection = (e: LeaderboardEntry): string => {
    const p = e.stats.projection;
    if (e.stats.target === 0) return m.none;
    if (p.status === 'reached') return m.projectionReached;
    if (p.status === 'no-progress') return m.projectionNoProgress;
    return p.likely.projection.status === 'projected' ? formatDate(p.likely.projection.date, lang) : m.projectionBeyond;
  };
  const measures: Measure[] = [
    { id: 'unit', label: m.columns.name, cell: (e) => <ScopeLink scope={{ kind: 'unit', id: e.row.id }}>{e.row.name}</ScopeLink> },
    { id: 'kind', label: m.rows.kind, cell: (e) => t.unitKinds[e.row.kind] },
    { id: 'kecamatan', label: m.rows.kecamatan, cell: (e) => <ScopeLink scope={{ kind: 'kecamatan', name: e.row.kecamatan }}>{e.row.kecamatan}</ScopeLink> },
    { id: 'target', label: m.rows.target, cell: (e) => n(e.row.target) },
    { id: 'registered', label: m.rows.registered, cell: (e) => n(e.row.registered) },
    { id: 'progress', label: m.rows.progress, cell: (e) => formatPercent(e.row.progress, lang) },
    { id: 'pace7', label: m.rows.pace7, cell: (e) => n(e.row.newLast7Days) },
    { id: 'pace28', label: m.rows.pace28, cell: (e) => n(e.row.newLast28Days) },
    { id: 'needed', label: m.rows.needed, cell: (e) => neededCell(e.stats, m, n) },
    { id: 'projection', label: m.rows.projection, cell: projection },
    { id: 'expiring', label: m.rows.expiring, cell: (e) => n(e.row.expiringNext30Days) },
    { id: 'last', label: m.rows.lastRegistration, cell: (e) => (e.row.lastRegistration ? formatDate(e.row.lastRegistration, lang) : m.none) },
    { id: 'badges', label: m.columns.badges, cell: (e) => <BadgeList badges={e.badges} /> },
  ];
  return (
    <DataTable
      caption={m.sideBySideCaption}
      rows={measures}
      rowKey={(r) => r.id}
      columns={[
        { id: 'measure', header: m.measureColumn, cell: (r) => r.label, rowHeader: true },
        ...entries.map((e, i) => ({
          id: `u${e.row.id}`,
          header: e.row.name,
          cell: (r: Measure) =>
            r.id === 'unit' ? (
              <span className="side__kind">
                <SeriesSwatch style={SERIES_STYLES[i % SERIES_STYLES.length]!} /> {r.cell(e)}
              </span>
            ) : (
              r.cell(e)
            ),
        })),
      ]}
    />
  );
}
