import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import type { Summary } from '../../../../contract/summary';
import { apiGet } from '@/lib/api-client';

export function getSummary({ signal }: { signal?: AbortSignal } = {}): Promise<Summary> {
  return apiGet(apiPaths.summary, () => import('../../../../contract/summary').then((m) => m.Summary), { signal });
}

export function summaryQueryOptions() {
  return queryOptions({
    queryKey: ['summary'],
    queryFn: ({ signal }) => getSummary({ signal }),
  });
}

export function useSummary() {
  return useQuery(summaryQueryOptions());
}
