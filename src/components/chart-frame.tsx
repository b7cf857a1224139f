import { Suspense, useId, useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CsvTable } from '@/lib/export/csv';
import { useT } from '@/lib/i18n/use-t';
import { CsvButton } from './csv-button';
import { DataStamp } from './data-stamp';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { PngButton } from './png-button';
import { Skeleton } from './skeleton';
import './chart-frame.css';

type View = 'chart' | 'table';

interface ChartFrameProps<T> {
  title: string;
  headingLevel?: 2 | 3;
  query: Pick<UseQueryResult<T>, 'data' | 'isError' | 'isFetching' | 'refetch'>;
  asOfDate: (data: T) => string | null;
  isEmpty: (data: T) => boolean;
  /** Controls that change what is fetched (interval, metric); shown in every state. */
  controls?: ReactNode;
  /** Text that states the point of the chart; shown above both views. */
  summary?: (data: T) => ReactNode;
  chart: (data: T) => ReactNode;
  table: (data: T) => ReactNode;
  /** The chart's data as a CSV table (build it from the table's columns); adds a "Unduh CSV" button. */
  csv?: (data: T) => CsvTable<unknown>;
  chartHeight?: string;
  className?: string;
  /** When the controls are tabs, the body is their tab panel. */
  panel?: { id: string; labelledBy: string };
}

/**
 * Every chart section: title, data date, a switch to a table of the same numbers, and the
 * loading, empty and error states. Chart code arrives lazily, so the chart slot suspends.
 */
export function ChartFrame<T>({
  title,
  headingLevel = 2,
  query,
  asOfDate,
  isEmpty,
  controls,
  summary,
  chart,
  table,
  csv,
  chartHeight = '18rem',
  className,
  panel,
}: ChartFrameProps<T>) {
  const { t } = useT();
  const headingId = useId();
  const generatedBodyId = useId();
  const bodyId = panel?.id ?? generatedBodyId;
  const [view, setView] = useState<View>('chart');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { data } = query;
  const ready = data !== undefined && !isEmpty(data);

  let body: ReactNode;
  if (data === undefined) {
    body = query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton height={chartHeight} />;
  } else if (isEmpty(data)) {
    body = <EmptyState />;
  } else {
    body = (
      <>
        {summary ? <div className="panel__summary">{summary(data)}</div> : null}
        {view === 'chart' ? (
          <Suspense fallback={<Skeleton height={chartHeight} />}>{chart(data)}</Suspense>
        ) : (
          table(data)
        )}
      </>
    );
  }

  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <Heading id={headingId} className="panel__title">
            {title}
          </Heading>
          <DataStamp asOfDate={data === undefined ? undefined : asOfDate(data)} />
        </div>
        {ready ? (
          <div className="panel__actions" data-export-exclude="">
            <button
              type="button"
              className="button button--quiet"
              aria-controls={bodyId}
              onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
            >
              {view === 'chart' ? t.showTable : t.showChart}
            </button>
            {csv && data !== undefined ? <CsvButton title={title} table={() => csv(data)} asOfDate={asOfDate(data)} /> : null}
            {view === 'chart' && data !== undefined ? (
              <PngButton title={title} bodyId={bodyId} name={() => (csv ? csv(data).name : title)} chartDate={asOfDate(data)} />
            ) : null}
          </div>
        ) : null}
      </div>
      {controls ? <div className="panel__controls">{controls}</div> : null}
      <div
        id={bodyId}
        className="panel__body"
        aria-busy={query.isFetching}
        {...(panel ? { role: 'tabpanel', 'aria-labelledby': panel.labelledBy, tabIndex: 0 } : {})}
      >
        {body}
      </div>
    </section>
  );
}
