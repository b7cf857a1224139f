import { queryOptions, useQuery } from '@tanstack/react-query';
import { OccupationBreakdown } from '../../../../contract/breakdowns';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';
import { scopeQuery, type ScopeRef } from '../models/scope';

export function getScopeOccupations(scope: ScopeRef, { signal }: { signal?: AbortSignal } = {}): Promise<OccupationBreakdown> {
  return apiGet(apiPaths.occupations, OccupationBreakdown, { query: scopeQuery(scope), signal });
}

export function scopeOccupationsQueryOptions(scope: ScopeRef) {
  return queryOptions({
    queryKey: ['breakdown', 'occupations', scopeQuery(scope)],
    queryFn: ({ signal }) => getScopeOccupations(scope, { signal }),
  });
}

export function useScopeOccupations(scope: ScopeRef, options: { enabled?: boolean } = {}) {
  return useQuery({ ...scopeOccupationsQueryOptions(scope), enabled: options.enabled ?? true });
}
