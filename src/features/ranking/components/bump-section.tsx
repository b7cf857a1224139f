import { lazy } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable } from '@/components/data-table';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { rankingMetricParam } from '@/lib/url-state/params';
import { useRankingHistory } from '../api/get-ranking-history';
import { rankingMessages } from '../messages';
import { buildBumpModel, isBumpEmpty, type BumpModel } from './bump-model';
import { regionLabel } from './ranking-text';
import '../ranking.css';

const BumpChart = lazy(() => import('./bump-chart'));

/** Rank over time for every region, on the metric in the URL. */
export function BumpSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useT();
  const m = useMessages(rankingMessages);
  const [metric] = useUrlParam(rankingMetricParam);
  const query = useRankingHistory({ metric });

  return (
    <ChartFrame
      title={m.bumpTitle}
      headingLevel={headingLevel}
      className="bump-section"
      query={query}
      asOfDate={(h) => h.dates.at(-1) ?? null}
      isEmpty={isBumpEmpty}
      chartHeight="36rem"
      summary={(h) => <BumpLegend model={buildBumpModel(h)} />}
      chart={(h) => <BumpChart model={buildBumpModel(h)} eventsHeadingLevel={headingLevel === 2 ? 3 : 4} />}
      table={(h) => <BumpTable model={buildBumpModel(h)} metricLabel={t.metrics[h.metric]} />}
    />
  );
}

/** Which lines stand out and where they went, in words: nothing is told by colour or hover alone. */
function BumpLegend({ model }: { model: BumpModel }) {
  const { t, lang } = useT();
  const m = useMessages(rankingMessages);
  const muted = model.standing.length - model.highlighted.length;
  return (
    <div className="bump-legend">
      <ul className="bump-legend__list">
        {model.highlighted.map((line) => (
          <li key={line.code} className={`bump-legend__item bump-legend__item--${line.role}${line.rivalIndex === null ? '' : `-${line.rivalIndex}`}`}>
            <span className="bump-legend__swatch" aria-hidden="true" />
            {m.bumpMove(regionLabel(t, line), formatNumber(line.firstRank, lang), formatNumber(line.lastRank, lang))}
          </li>
        ))}
      </ul>
      {muted > 0 ? <p className="chart-note">{m.bumpMuted(formatNumber(muted, lang))}</p> : null}
    </div>
  );
}

function BumpTable({ model, metricLabel }: { model: BumpModel; metricLabel: string }) {
  const { t, lang } = useT();
  const m = useMessages(rankingMessages);
  const columns = [...model.dates.keys()].reverse().map((i) => ({
    id: model.dates[i]!,
    header: formatDate(model.dates[i]!, lang),
    cell: (line: BumpModel['standing'][number]) => formatNumber(line.ranks[i] ?? 0, lang),
    align: 'end' as const,
  }));
  return (
    <div className="bump-table">
      <DataTable
        caption={m.bumpTableCaption(metricLabel)}
        rows={model.standing}
        rowKey={(line) => line.code}
        rowClassName={(line) => (line.role === 'campaign' ? 'is-highlight' : undefined)}
        isCurrentRow={(line) => line.role === 'campaign'}
        maxHeight="36rem"
        columns={[
          { id: 'region', header: t.regionColumn, rowHeader: true, cell: (line) => regionLabel(t, line) },
          ...columns,
        ]}
      />
    </div>
  );
}
