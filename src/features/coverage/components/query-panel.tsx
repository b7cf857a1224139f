import { useId, type ReactNode } from 'react';
import { DataStamp } from '@/components/data-stamp';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';

interface QueryPanelProps<T> {
  title: string;
  query: { data: T | undefined; isError: boolean; isFetching: boolean; refetch: () => unknown };
  asOfDate: string | null | undefined;
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
  className?: string;
}

/** A section that is figures rather than a chart: title, data date, and the loading, empty and error states. */
export function QueryPanel<T>({ title, query, asOfDate, isEmpty, children, className }: QueryPanelProps<T>) {
  const headingId = useId();
  const { data } = query;
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h3 id={headingId} className="panel__title">
            {title}
          </h3>
          <DataStamp asOfDate={asOfDate} />
        </div>
      </div>
      <div className="panel__body" aria-busy={query.isFetching}>
        {data === undefined ? (
          query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton lines={4} />
        ) : isEmpty(data) ? (
          <EmptyState />
        ) : (
          children(data)
        )}
      </div>
    </section>
  );
}
