import { lazy } from 'react';
import type { KecamatanBreakdown, KecamatanRow, UnitBreakdown, UnitRow } from '../../../../contract/breakdowns';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable, type Column } from '@/components/data-table';
import { tableCsv } from '@/components/table-csv';
import { Tabs, tabId, tabPanelId } from '@/components/tabs';
import { percentCell } from '@/lib/export/csv';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { useNeededColumn } from '@/features/units/components/needed-column';
import { ScopeLink } from '@/features/units/components/unit-link';
import { BREAKDOWN_TABS, breakdownSortParam, breakdownTabParam, SORT_KEYS, type BreakdownTab, type SortKey } from '@/lib/url-state/params';
import { useKecamatan } from '../api/get-kecamatan';
import { useUnits } from '../api/get-units';
import { bandOf, sortRows, summarizeBreakdown, type ProgressRow } from './breakdown-model';

const BreakdownChart = lazy(() => import('./breakdown-chart'));

const TABS_ID = 'breakdown';

type Breakdown = UnitBreakdown | KecamatanBreakdown;

export function BreakdownSection() {
  const { t } = useT();
  const [tab, setTab] = useUrlParam(breakdownTabParam);
  const units = useUnits({ enabled: tab === 'units' });
  const kecamatan = useKecamatan({ enabled: tab === 'kecamatan' });
  const query = tab === 'units' ? units : kecamatan;
  const [sort] = useUrlParam(breakdownSortParam);
  const columns = useBreakdownColumns();

  return (
    <ChartFrame<Breakdown>
      title={t.breakdownTitle}
      query={query}
      asOfDate={(b) => b.asOfDate}
      isEmpty={(b) => b.rows.length === 0}
      chartHeight="26rem"
      panel={{ id: tabPanelId(TABS_ID, tab), labelledBy: tabId(TABS_ID, tab) }}
      controls={
        <Tabs
          idBase={TABS_ID}
          label={t.breakdownTabsLabel}
          value={tab}
          items={BREAKDOWN_TABS.map((value) => ({ value, label: t.tabs[value] }))}
          onChange={setTab}
        />
      }
      summary={(b) => <BreakdownSummaryText rows={b.rows} />}
      chart={(b) => <BreakdownChart rows={b.rows} tab={tab} />}
      table={(b) => <BreakdownTable breakdown={b} tab={tab} />}
      csv={(b) => breakdownCsv(b, tab, sort, columns)}
    />
  );
}

function BreakdownSummaryText({ rows }: { rows: readonly ProgressRow[] }) {
  const { t, lang } = useT();
  const summary = summarizeBreakdown(rows);
  const n = (value: number) => formatNumber(value, lang);
  return (
    <div className="breakdown-summary">
      <p>
        <span className={summary.low > 0 ? 'band band--low' : 'band'}>{t.laggardSummary(n(summary.low), n(summary.total))}</span>
        {' · '}
        <span className="band band--done">{t.reachedSummary(n(summary.done))}</span>
      </p>
      <p>{t.lowestList(summary.lowest.map((r) => `${r.name} (${formatPercent(r.progress, lang)})`).join(', '))}</p>
    </div>
  );
}

function BandBadge({ progress }: { progress: number }) {
  const { t } = useT();
  const band = bandOf(progress);
  return <span className={`badge badge--${band}`}>{t.bands[band]}</span>;
}

/** The units and kecamatan tables' columns, shared by the tables and their CSV export. */
function useBreakdownColumns() {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const needed = useNeededColumn<ProgressRow>();
  const tail: Column<ProgressRow & { active: number }>[] = [
    { id: 'target' satisfies SortKey, header: t.targetColumn, cell: (r) => n(r.target), align: 'end', sortable: true, csv: (r) => r.target },
    { id: 'registered' satisfies SortKey, header: t.registeredColumn, cell: (r) => n(r.registered), align: 'end', sortable: true, csv: (r) => r.registered },
    { id: 'active', header: t.activeColumn, cell: (r) => n(r.active), align: 'end', csv: (r) => r.active },
    { id: 'progress' satisfies SortKey, header: t.progressColumn, cell: (r) => formatPercent(r.progress, lang), align: 'end', sortable: true, csv: (r) => percentCell(r.progress) },
    ...(needed ? [needed] : []),
    { id: 'status', header: t.statusColumn, cell: (r) => <BandBadge progress={r.progress} />, csv: (r) => t.bands[bandOf(r.progress)] },
  ];
  const units: Column<UnitRow>[] = [
    {
      id: 'name',
      header: t.nameColumn,
      rowHeader: true,
      sortable: true,
      cell: (r) => (
        <>
          <ScopeLink scope={{ kind: 'unit', id: r.id }}>{r.name}</ScopeLink>
          <span className="cell-note">{t.unitKinds[r.kind]}</span>
        </>
      ),
      csv: (r) => r.name,
    },
    { id: 'kecamatan', header: t.kecamatanColumn, cell: (r) => r.kecamatan, csv: (r) => r.kecamatan },
    ...tail,
  ];
  const kecamatan: Column<KecamatanRow>[] = [
    {
      id: 'name',
      header: t.nameColumn,
      rowHeader: true,
      sortable: true,
      cell: (r) => <ScopeLink scope={{ kind: 'kecamatan', name: r.name }}>{r.name}</ScopeLink>,
      csv: (r) => r.name,
    },
    { id: 'unitCount', header: t.unitCountColumn, cell: (r) => n(r.unitCount), align: 'end', csv: (r) => r.unitCount },
    ...tail,
  ];
  return { units, kecamatan };
}

/** The breakdown's rows in the table's order (the sort in the URL), as CSV. */
function breakdownCsv(breakdown: Breakdown, tab: BreakdownTab, sort: Parameters<typeof sortRows>[1], columns: ReturnType<typeof useBreakdownColumns>) {
  return tab === 'units'
    ? tableCsv('unit', columns.units, sortRows(breakdown.rows as UnitRow[], sort))
    : tableCsv('kecamatan', columns.kecamatan, sortRows(breakdown.rows as KecamatanRow[], sort));
}

function BreakdownTable({ breakdown, tab }: { breakdown: Breakdown; tab: BreakdownTab }) {
  const { t } = useT();
  const [sort, setSort] = useUrlParam(breakdownSortParam);
  const columns = useBreakdownColumns();

  function onSort(column: string) {
    const key = SORT_KEYS.find((k) => k === column);
    if (!key) return;
    // A new column starts in its natural order: names A–Z, numbers largest first.
    const direction = sort.key === key ? (sort.direction === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    setSort({ key, direction });
  }

  const tableSort = { column: sort.key, direction: sort.direction, onSort };

  if (tab === 'units') {
    return (
      <DataTable
        caption={t.unitsTableCaption}
        rows={sortRows(breakdown.rows as UnitRow[], sort)}
        rowKey={(r) => String(r.id)}
        columns={columns.units}
        sort={tableSort}
        rowClassName={(r) => (bandOf(r.progress) === 'low' ? 'is-low' : undefined)}
        maxHeight="36rem"
      />
    );
  }

  return (
    <DataTable
      caption={t.kecamatanTableCaption}
      rows={sortRows(breakdown.rows as KecamatanRow[], sort)}
      rowKey={(r) => r.name}
      columns={columns.kecamatan}
      sort={tableSort}
      rowClassName={(r) => (bandOf(r.progress) === 'low' ? 'is-low' : undefined)}
      maxHeight="36rem"
    />
  );
}
