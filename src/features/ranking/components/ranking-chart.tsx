import type { Ranking } from '../../../../contract/ranking';
import { chartColors, useChartMetrics } from '@/components/chart-theme';
import { HorizontalBarChart } from '@/components/horizontal-bar-chart';
import { formatNumber, formatPercent } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { niceCeil } from '@/lib/nice-number';
import { buildRankingModel, chartRows, rankedValue } from './ranking-model';
import { rankSentence, regionLabel } from './ranking-text';

/** On a phone the chart shows the top ten and Klaten; wider screens show every region. */
const COMPACT_LIMIT = 10;

export default function RankingChart({ ranking }: { ranking: Ranking }) {
  const { t, lang } = useT();
  const { compact } = useChartMetrics();
  const model = buildRankingModel(ranking);
  const rows = compact ? chartRows(model, COMPACT_LIMIT) : model.rows;
  const format = (value: number) => (ranking.metric === 'count' ? formatNumber(value, lang) : formatPercent(value, lang));
  const max = Math.max(...model.rows.map((r) => rankedValue(r, ranking.metric)));

  return (
    <>
      <HorizontalBarChart
        ariaLabel={t.rankingChartLabel(rankSentence(t, lang, model))}
        domainMax={niceCeil(max * 1.02)}
        tickFormatter={(v) => (ranking.metric === 'count' ? formatNumber(v, lang) : formatPercent(v, lang).replace(/[,.]0%$/, '%'))}
        data={rows.map((r) => ({
          key: r.code,
          label: `${r.rank}. ${regionLabel(t, r)}`,
          value: rankedValue(r, ranking.metric),
          valueLabel: format(rankedValue(r, ranking.metric)),
          color: r.isCampaignRegion ? chartColors.primary : chartColors.other,
          emphasis: r.isCampaignRegion,
        }))}
      />
      {rows.length < model.rows.length ? (
        <p className="chart-note">{t.topRegionsNote(formatNumber(COMPACT_LIMIT, lang), formatNumber(model.total, lang))}</p>
      ) : null}
    </>
  );
}
