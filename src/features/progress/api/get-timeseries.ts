import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { Timeseries, type Interval } from '../../../../contract/timeseries';
import { apiGet } from '@/lib/api-client';

export interface TimeseriesParams {
  interval: Interval;
}

export function getTimeseries({ interval }: TimeseriesParams, { signal }: { signal?: AbortSignal } = {}): Promise<Timeseries> {
  return apiGet(apiPaths.timeseries, Timeseries, { query: { interval }, signal });
}

export function timeseriesQueryOptions(params: TimeseriesParams) {
  return queryOptions({
    queryKey: ['registrations', 'timeseries', params],
    queryFn: ({ signal }) => getTimeseries(params, { signal }),
  });
}

/** Keeps the previous interval's chart on screen while the next one loads. */
export function useTimeseries(params: TimeseriesParams) {
  return useQuery({ ...timeseriesQueryOptions(params), placeholderData: keepPreviousData });
}
