import { lazy } from 'react';
import type { RankingHistory } from '../../../../contract/ranking';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { rankingMetricParam } from '@/lib/url-state/params';
import { useRankingHistory } from '../api/get-ranking-history';
import { campaignRankHistory } from './ranking-model';
import { regionLabel } from './ranking-text';

const RankHistoryChart = lazy(() => import('./rank-history-chart'));

/** Klaten's weekly rank on the metric chosen for the ranking above. */
export function RankHistorySection() {
  const { t } = useT();
  const [metric] = useUrlParam(rankingMetricParam);
  const query = useRankingHistory({ metric });
  const campaign = query.data?.series.find((s) => s.isCampaignRegion);
  const name = campaign ? regionLabel(t, campaign) : 'Klaten';

  return (
    <ChartFrame
      title={t.historyTitle(name)}
      query={query}
      asOfDate={(h) => h.dates.at(-1) ?? null}
      isEmpty={(h) => campaignRankHistory(h).length === 0}
      chartHeight="14rem"
      chart={(h) => <RankHistoryChart history={h} regionName={name} />}
      table={(h) => <RankHistoryTable history={h} regionName={name} />}
    />
  );
}

function RankHistoryTable({ history, regionName }: { history: RankingHistory; regionName: string }) {
  const { t, lang } = useT();
  const points = [...campaignRankHistory(history)].reverse();
  return (
    <DataTable
      caption={t.historyTableCaption(regionName)}
      maxHeight="24rem"
      rows={points}
      rowKey={(p) => p.date}
      columns={[
        { id: 'date', header: t.dateColumn, cell: (p) => formatDate(p.date, lang), rowHeader: true },
        { id: 'rank', header: t.rankColumn, cell: (p) => formatNumber(p.rank, lang), align: 'end' },
        {
          id: 'value',
          header: t.metrics[history.metric],
          cell: (p) => (history.metric === 'count' ? formatNumber(p.value, lang) : formatPercent(p.value, lang)),
          align: 'end',
        },
      ]}
    />
  );
}
