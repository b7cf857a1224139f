import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/skeleton';
import { useSummary } from '@/features/summary/api/get-summary';
import { Headline } from '@/features/summary/components/headline';

// The headline is part of the first download; the sections below it and their charts load as their own chunks.
const OverviewDetails = lazy(() => import('../overview/overview-details'));

export function OverviewRoute() {
  const summary = useSummary();
  return (
    <div className="overview">
      <Headline />
      <Suspense
        fallback={
          // Holds the place of the sections, so nothing below moves while they load.
          <div className="overview__progress">
            <Skeleton lines={6} height="40rem" />
          </div>
        }
      >
        <OverviewDetails asOfDate={summary.data?.asOfDate} />
      </Suspense>
    </div>
  );
}
