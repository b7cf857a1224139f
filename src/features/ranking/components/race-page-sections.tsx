import { Link } from 'react-router';
import type { Ranking } from '../../../../contract/ranking';
import { QueryPanel } from '@/components/query-panel';
import { SegmentedControl } from '@/components/segmented-control';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { rankingMetricParam } from '@/lib/url-state/params';
import { useRanking } from '../api/get-ranking';
import { useRankingHistory } from '../api/get-ranking-history';
import { rankingMessages } from '../messages';
import { RacePanel } from './race-panel';
import { historyPaces } from './race-model';
import { buildRankingModel } from './ranking-model';
import { RankingTable } from './ranking-section';
import '../ranking.css';

/** The /peringkat page's heading, its point in one sentence, and the metric every section below follows. */
export function RaceIntro() {
  const { t, lang } = useT();
  const m = useMessages(rankingMessages);
  const [metric, setMetric] = useUrlParam(rankingMetricParam);
  const ranking = useRanking({ metric });
  return (
    <header className="page-intro race-intro">
      <p className="page-intro__back">
        <Link to={localizedTo('/', lang, metric === rankingMetricParam.defaultValue ? {} : { metric })}>
          <span aria-hidden="true">← </span>
          {m.backToOverview}
        </Link>
      </p>
      <h2 className="page-intro__title">{m.pageTitle(ranking.data?.provinceName ?? 'Jawa Tengah')}</h2>
      <p className="page-intro__lead">{m.pageLead}</p>
      <SegmentedControl
        legend={t.metricLabel}
        value={metric}
        options={(['count', 'percent'] as const).map((value) => ({ value, label: t.metrics[value] }))}
        onChange={setMetric}
      />
    </header>
  );
}

const noRows = (r: Ranking) => r.rows.length === 0;

/** The race in full: rank, the pass sentence, gaps up, down and to first place, and the paces behind them. */
export function RaceSection() {
  const m = useMessages(rankingMessages);
  const [metric] = useUrlParam(rankingMetricParam);
  const query = useRanking({ metric });
  return (
    <QueryPanel title={m.raceTitle} headingLevel={3} query={query} asOfDate={query.data?.asOfDate} isEmpty={noRows} className="race-section">
      {(r) => <RacePanel ranking={r} variant="full" />}
    </QueryPanel>
  );
}

/** All regions with their figures, Klaten's gap to each, and each region's recent pace. */
export function RankingTableSection() {
  const m = useMessages(rankingMessages);
  const [metric] = useUrlParam(rankingMetricParam);
  const query = useRanking({ metric });
  const history = useRankingHistory({ metric });
  const paces = history.data && history.data.metric === metric ? historyPaces(history.data) : undefined;
  return (
    <QueryPanel title={m.tableTitle} headingLevel={3} query={query} asOfDate={query.data?.asOfDate} isEmpty={noRows} className="ranking-table-section">
      {(r) => <RankingTable ranking={r} model={buildRankingModel(r)} paces={paces ?? new Map()} />}
    </QueryPanel>
  );
}
