import { queryOptions, useQuery } from '@tanstack/react-query';
import { Coverage } from '../../../../contract/coverage';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getCoverage({ signal }: { signal?: AbortSignal } = {}): Promise<Coverage> {
  return apiGet(apiPaths.coverage, Coverage, { signal });
}

export function coverageQueryOptions() {
  return queryOptions({
    queryKey: ['coverage'],
    queryFn: ({ signal }) => getCoverage({ signal }),
  });
}

export function useCoverage() {
  return useQuery(coverageQueryOptions());
}
