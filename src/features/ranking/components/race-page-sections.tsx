import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Ranking } from '../../../../contract/ranking';
import { DataStamp } from '@/components/data-stamp';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { SegmentedControl } from '@/components/segmented-control';
import { Skeleton } from '@/components/skeleton';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { viewParams } from '@/lib/url-state';
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
  const [metric, setMetric] = useUrlParam(viewParams.metric);
  const ranking = useRanking({ metric });
  return (
    <header className="race-intro">
      <p className="race-intro__back">
        <Link to={localizedTo('/', lang, metric === viewParams.metric.defaultValue ? {} : { metric })}>
          <span aria-hidden="true">← </span>
          {m.backToOverview}
        </Link>
      </p>
      <h2 className="race-intro__title">{m.pageTitle(ranking.data?.provinceName ?? 'Jawa Tengah')}</h2>
      <p className="race-intro__lead">{m.pageLead}</p>
      <SegmentedControl
        legend={t.metricLabel}
        value={metric}
        options={(['count', 'percent'] as const).map((value) => ({ value, label: t.metrics[value] }))}
        onChange={setMetric}
      />
    </header>
  );
}

/** A titled panel with the loading, empty and error states, for sections that are not charts. */
function Panel<T>({
  title,
  query,
  asOfDate,
  isEmpty,
  className,
  children,
}: {
  title: string;
  query: Pick<UseQueryResult<T>, 'data' | 'isError' | 'isFetching' | 'refetch'>;
  asOfDate: (data: T) => string | null;
  isEmpty: (data: T) => boolean;
  className?: string;
  children: (data: T) => ReactNode;
}) {
  const headingId = useId();
  const { data } = query;
  let body: ReactNode;
  if (data === undefined) {
    body = query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton lines={5} />;
  } else if (isEmpty(data)) {
    body = <EmptyState />;
  } else {
    body = children(data);
  }
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h3 id={headingId} className="panel__title">
            {title}
          </h3>
          <DataStamp asOfDate={data === undefined ? undefined : asOfDate(data)} />
        </div>
      </div>
      <div className="panel__body" aria-busy={query.isFetching}>
        {body}
      </div>
    </section>
  );
}

const noRows = (r: Ranking) => r.rows.length === 0;

/** The race in full: rank, the pass sentence, gaps up, down and to first place, and the paces behind them. */
export function RaceSection() {
  const m = useMessages(rankingMessages);
  const [metric] = useUrlParam(viewParams.metric);
  const query = useRanking({ metric });
  return (
    <Panel title={m.raceTitle} query={query} asOfDate={(r) => r.asOfDate} isEmpty={noRows} className="race-section">
      {(r) => <RacePanel ranking={r} variant="full" />}
    </Panel>
  );
}

/** All regions with their figures, Klaten's gap to each, and each region's recent pace. */
export function RankingTableSection() {
  const m = useMessages(rankingMessages);
  const [metric] = useUrlParam(viewParams.metric);
  const query = useRanking({ metric });
  const history = useRankingHistory({ metric });
  const paces = history.data && history.data.metric === metric ? historyPaces(history.data) : undefined;
  return (
    <Panel title={m.tableTitle} query={query} asOfDate={(r) => r.asOfDate} isEmpty={noRows} className="ranking-table-section">
      {(r) => <RankingTable ranking={r} model={buildRankingModel(r)} paces={paces ?? new Map()} />}
    </Panel>
  );
}
