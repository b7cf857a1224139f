import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { Timeseries, type Interval } from '../../../../contract/timeseries';
import { apiGet } from '@/lib/api-client';
import { scopeQuery, type ScopeRef } from '../models/scope';

export interface ScopeTimeseriesParams {
  scope: ScopeRef;
  interval: Interval;
}

export function getScopeTimeseries({ scope, interval }: ScopeTimeseriesParams, { signal }: { signal?: AbortSignal } = {}): Promise<Timeseries> {
  return apiGet(apiPaths.timeseries, Timeseries, { query: { interval, ...scopeQuery(scope) }, signal });
}

/** Same key family as the campaign's own series (['registrations', 'timeseries', params]); the scope tells them apart. */
export function scopeTimeseriesQueryOptions(params: ScopeTimeseriesParams) {
  return queryOptions({
    queryKey: ['registrations', 'timeseries', { interval: params.interval, ...scopeQuery(params.scope) }],
    queryFn: ({ signal }) => getScopeTimeseries(params, { signal }),
  });
}

export function useScopeTimeseries(params: ScopeTimeseriesParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...scopeTimeseriesQueryOptions(params), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}

/** One series per unit, fetched side by side (compare page). */
export function useUnitTimeseriesList(unitIds: readonly number[], interval: Interval) {
  return useQueries({
    queries: unitIds.map((id) => ({ ...scopeTimeseriesQueryOptions({ scope: { kind: 'unit', id }, interval }), placeholderData: keepPreviousData })),
  });
}
