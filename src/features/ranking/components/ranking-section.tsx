import { lazy } from 'react';
import type { Ranking } from '../../../../contract/ranking';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { SegmentedControl } from '@/components/segmented-control';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { viewParams } from '@/lib/url-state';
import { useRanking } from '../api/get-ranking';
import { buildRankingModel, type RankingModel } from './ranking-model';
import { rankSentence, regionLabel } from './ranking-text';

const RankingChart = lazy(() => import('./ranking-chart'));

/** How many gaps to spell out above the chart; the table has the gap to every region. */
const GAPS_SHOWN = 3;

export function RankingSection() {
  const { t } = useT();
  const [metric, setMetric] = useUrlParam(viewParams.metric);
  const query = useRanking({ metric });

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
    />
  );
}

function RankSummary({ ranking, model }: { ranking: Ranking; model: RankingModel }) {
  const { t, lang } = useT();
  const sentence = rankSentence(t, lang, model);
  const n = (value: number) => formatNumber(value, lang);
  const gapText = (gap: RankingModel['above'][number]) =>
    ranking.metric === 'count'
      ? t.gapCount(n(gap.workers), regionLabel(t, gap.row))
      : t.gapPercent(n(gap.workers), regionLabel(t, gap.row), formatPercent(gap.row.coverage, lang));

  return (
    <div className="rank-summary">
      <p className="rank-summary__sentence">{sentence}</p>
      {model.campaign && model.campaign.rank === 1 ? (
        <p className="rank-summary__best">
          {t.rankBest(ranking.provinceName)}
          {model.nextBelow ? ` · ${t.leadCount(n(model.nextBelow.workers), regionLabel(t, model.nextBelow.row))}` : null}
        </p>
      ) : null}
      {model.above.length > 0 ? (
        <ul className="rank-summary__gaps" aria-label={t.gapListTitle}>
          {model.above.slice(0, GAPS_SHOWN).map((gap) => (
            <li key={gap.row.code}>
              <span className="rank-summary__rank" aria-hidden="true">
                #{gap.row.rank}
              </span>
              {gapText(gap)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RankingTable({ ranking, model }: { ranking: Ranking; model: RankingModel }) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const gaps = new Map(model.above.map((g) => [g.row.code, g.workers]));
  return (
    <DataTable
      caption={t.rankingTableCaption(ranking.provinceName, t.metrics[ranking.metric])}
      rows={model.rows}
      rowKey={(r) => r.code}
      rowClassName={(r) => (r.isCampaignRegion ? 'is-highlight' : undefined)}
      isCurrentRow={(r) => r.isCampaignRegion}
      maxHeight="32rem"
      columns={[
        { id: 'rank', header: t.rankColumn, cell: (r) => n(r.rank), align: 'end' },
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
        },
        { id: 'asn', header: t.asnColumn, cell: (r) => n(r.asnCount), align: 'end' },
        { id: 'registered', header: t.registeredColumn, cell: (r) => n(r.registered), align: 'end' },
        { id: 'active', header: t.activeColumn, cell: (r) => n(r.active), align: 'end' },
        { id: 'coverage', header: t.coverageColumn, cell: (r) => formatPercent(r.coverage, lang), align: 'end' },
        { id: 'gap', header: t.gapColumn, cell: (r) => (gaps.has(r.code) ? n(gaps.get(r.code) ?? 0) : '–'), align: 'end' },
      ]}
    />
  );
}
