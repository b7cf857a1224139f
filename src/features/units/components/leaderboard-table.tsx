import { DataTable, type Column } from '@/components/data-table';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages, type UnitsMessages } from '../messages';
import type { LeaderboardEntry } from '../models/leaderboard-model';
import type { ScopeProgress } from '../models/scope-progress-model';
import { BadgeList } from './badges';
import { ScopeLink } from './unit-link';

export interface CompareSelectionState {
  selected: ReadonlySet<number>;
  toggle: (id: number) => void;
  full: boolean;
}

interface LeaderboardTableProps {
  entries: readonly LeaderboardEntry[];
  caption: string;
  showKecamatan?: boolean;
  selection?: CompareSelectionState;
  maxHeight?: string;
}

/** Needed per week as the unit's own target asks: whole workers, "tercapai" once reached. */
export function neededCell(stats: ScopeProgress, m: UnitsMessages, n: (v: number) => string): string {
  if (stats.target === 0) return m.none;
  return stats.needed.status === 'needed' ? n(stats.needed.perWeekWhole) : stats.needed.status === 'reached' ? m.neededNone : m.neededOverdueShort;
}

export function LeaderboardTable({ entries, caption, showKecamatan = true, selection, maxHeight = '40rem' }: LeaderboardTableProps) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);

  const columns: Column<LeaderboardEntry>[] = [
    { id: 'rank', header: m.columns.rank, cell: (e) => n(e.rank), align: 'end' },
    {
      id: 'name',
      header: m.columns.name,
      rowHeader: true,
      cell: (e) => (
        <>
          <ScopeLink scope={{ kind: 'unit', id: e.row.id }}>{e.row.name}</ScopeLink>
          <span className="cell-note">{t.unitKinds[e.row.kind]}</span>
        </>
      ),
    },
    ...(showKecamatan
      ? [
          {
            id: 'kecamatan',
            header: m.columns.kecamatan,
            cell: (e: LeaderboardEntry) => <ScopeLink scope={{ kind: 'kecamatan', name: e.row.kecamatan }}>{e.row.kecamatan}</ScopeLink>,
          },
        ]
      : []),
    { id: 'target', header: m.columns.target, cell: (e) => n(e.row.target), align: 'end' },
    { id: 'registered', header: m.columns.registered, cell: (e) => n(e.row.registered), align: 'end' },
    { id: 'progress', header: m.columns.progress, cell: (e) => formatPercent(e.row.progress, lang), align: 'end' },
    { id: 'pace28', header: m.columns.pace28, cell: (e) => n(e.row.newLast28Days), align: 'end' },
    { id: 'gain28', header: m.columns.gain28, cell: (e) => m.gainPoints(formatPercent(e.gain28, lang)), align: 'end' },
    { id: 'needed', header: m.columns.needed, cell: (e) => neededCell(e.stats, m, n), align: 'end' },
    { id: 'badges', header: m.columns.badges, cell: (e) => <BadgeList badges={e.badges} /> },
  ];
  if (selection) {
    columns.push({
      id: 'compare',
      header: m.columns.compare,
      cell: (e) => {
        const checked = selection.selected.has(e.row.id);
        return (
          <input
            type="checkbox"
            className="compare-check"
            checked={checked}
            disabled={!checked && selection.full}
            aria-label={m.selectToCompare(e.row.name)}
            onChange={() => selection.toggle(e.row.id)}
          />
        );
      },
    });
  }

  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(e) => String(e.row.id)}
      columns={columns}
      rowClassName={(e) => (e.row.progress < 0.5 ? 'is-low' : undefined)}
      maxHeight={maxHeight}
    />
  );
}
