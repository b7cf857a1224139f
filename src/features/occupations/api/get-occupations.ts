import { queryOptions, useQuery } from '@tanstack/react-query';
import { OccupationBreakdown } from '../../../../contract/breakdowns';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getOccupations({ signal }: { signal?: AbortSignal } = {}): Promise<OccupationBreakdown> {
  return apiGet(apiPaths.occupations, OccupationBreakdown, { signal });
}

export function occupationsQueryOptions() {
  return queryOptions({
    queryKey: ['breakdown', 'occupations'],
    queryFn: ({ signal }) => getOccupations({ signal }),
  });
}

export function useOccupations() {
  return useQuery(occupationsQueryOptions());
}
