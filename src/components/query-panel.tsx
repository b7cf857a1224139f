import { useId, type ReactNode } from 'react';
import { DataStamp } from './data-stamp';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { Skeleton } from './skeleton';

interface QueryPanelProps<T> {
  title: string;
  headingLevel?: 2 | 3;
  query: { data: T | undefined; isError: boolean; isFetching: boolean; refetch: () => unknown };
  asOfDate: string | null | undefined;
  isEmpty: (data: T) => boolean;
  actions?: ReactNode;
  children: (data: T) => ReactNode;
  className?: string;
  id?: string;
}

/**
 * A panel that is figures or a list rather than a chart (charts use ChartFrame): title, data date, and the
 * loading, empty and error (with retry) states.
 */
export function QueryPanel<T>({ title, headingLevel = 2, query, asOfDate, isEmpty, actions, children, className, id }: QueryPanelProps<T>) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { data } = query;
  return (
    <section id={id} className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <Heading id={headingId} className="panel__title">
            {title}
          </Heading>
          <DataStamp asOfDate={asOfDate} />
        </div>
        {actions}
      </div>
      <div className="panel__body" aria-busy={query.isFetching}>
        {data === undefined ? (
          query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton lines={5} />
        ) : isEmpty(data) ? (
          <EmptyState />
        ) : (
          children(data)
        )}
      </div>
    </section>
  );
}
