import { lazy } from 'react';
import type { Ranking, RankingRow } from '../../../../contract/ranking';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable, type Column } from '@/components/data-table';
import { tableCsv } from '@/components/table-csv';
import { SegmentedControl } from '@/components/segmented-control';
import { percentCell } from '@/lib/export/csv';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import type { RegionPace } from '@/lib/analytics/rank-gap';
import { useUrlParam } from '@/lib/use-url-param';
import { rankingMetricParam } from '@/lib/url-state/params';
import { useRanking } from '../api/get-ranking';
import { buildRankingModel, type RankingModel } from './ranking-model';
import { rankingMessages } from '../messages';
import { FullRaceLink, RacePanel } from './race-panel';
import { formatPoints, rankSentence, regionLabel } from './ranking-text';

const RankingChart = lazy(() => import('./ranking-chart'));

export function RankingSection() {
  const { t } = useT();
  const [metric, setMetric] = useUrlParam(rankingMetricParam);
  const query = useRanking({ metric });
  const rankingColumns = useRankingColumns();

  return (
    <ChartFrame
      title={t.rankingTitle(query.data?.provinceName ?? 'Jawa Tengah')}
      query={query}
      asOfDate={(r) => r.asOfDate}
      isEmpty={(r) => r.rows.length === 0}
      chartHeight="30rem"
      controls={
        <SegmentedControl
          legend={t.metricLabel}
          value={metric}
          options={(['count', 'percent'] as const).map((value) => ({ value, label: t.metrics[value] }))}
          onChange={setMetric}
        />
      }
      summary={(r) => <RankSummary ranking={r} model={buildRankingModel(r)} />}
      chart={(r) => <RankingChart ranking={r} />}
      table={(r) => <RankingTable ranking={r} model={buildRankingModel(r)} />}
      csv={(r) => {
        const model = buildRankingModel(r);
        return tableCsv('peringkat', rankingColumns(r, model), model.rows);
      }}
    />
  );
}

function RankSummary({ ranking, model }: { ranking: Ranking; model: RankingModel }) {
  const { t, lang } = useT();
  return (
    <div className="rank-summary">
      <p className="rank-summary__sentence">{rankSentence(t, lang, model)}</p>
      {model.campaign ? <RacePanel ranking={ranking} variant="compact" /> : null}
      <FullRaceLink metric={ranking.metric} />
    </div>
  );
}

/** The ranking table's columns, for the table and its CSV export; `paces` adds each region's recent pace. */
function useRankingColumns() {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const m = useMessages(rankingMessages);
  return (ranking: Ranking, model: RankingModel, paces?: Map<string, RegionPace | null>): Column<RankingRow>[] => {
    const gaps = new Map(model.above.map((g) => [g.row.code, g.workers]));
    const perWeek = (code: string) => {
      const pace = paces?.get(code);
      if (!pace) return '–';
      return ranking.metric === 'count' ? formatNumber(pace.perDay * 7, lang) : formatPoints(pace.perDay * 7, lang);
    };
    return [
      { id: 'rank', header: t.rankColumn, cell: (r) => n(r.rank), align: 'end', csv: (r) => r.rank },
      {
        id: 'region',
        header: t.regionColumn,
        rowHeader: true,
        cell: (r) => (
          <>
            {regionLabel(t, r)}
            {r.isCampaignRegion ? <span className="tag">{t.campaignRegionTag}</span> : null}
          </>
        ),
        csv: (r) => regionLabel(t, r),
      },
      { id: 'asn', header: t.asnColumn, cell: (r) => n(r.asnCount), align: 'end', csv: (r) => r.asnCount },
      { id: 'registered', header: t.registeredColumn, cell: (r) => n(r.registered), align: 'end', csv: (r) => r.registered },
      { id: 'active', header: t.activeColumn, cell: (r) => n(r.active), align: 'end', csv: (r) => r.active },
      { id: 'coverage', header: t.coverageColumn, cell: (r) => formatPercent(r.coverage, lang), align: 'end', csv: (r) => percentCell(r.coverage) },
      { id: 'gap', header: t.gapColumn, cell: (r) => (gaps.has(r.code) ? n(gaps.get(r.code) ?? 0) : '–'), align: 'end', csv: (r) => gaps.get(r.code) ?? null },
      ...(paces
        ? [
            {
              id: 'pace',
              header: ranking.metric === 'count' ? m.paceColumnWorkers : m.paceColumnPoints,
              cell: (r: RankingRow) => perWeek(r.code),
              align: 'end' as const,
            },
          ]
        : []),
    ];
  };
}

/** Every region with its figures and Klaten's gap to it; with `paces`, each region's recent pace too. */
export function RankingTable({ ranking, model, paces }: { ranking: Ranking; model: RankingModel; paces?: Map<string, RegionPace | null> }) {
  const { t } = useT();
  const rankingColumns = useRankingColumns();
  return (
    <DataTable
      caption={t.rankingTableCaption(ranking.provinceName, t.metrics[ranking.metric])}
      rows={model.rows}
      rowKey={(r) => r.code}
      rowClassName={(r) => (r.isCampaignRegion ? 'is-highlight' : undefined)}
      isCurrentRow={(r) => r.isCampaignRegion}
      maxHeight="32rem"
      columns={rankingColumns(ranking, model, paces)}
    />
  );
}
