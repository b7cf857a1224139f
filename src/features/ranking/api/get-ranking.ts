import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { Ranking, type RankingMetric } from '../../../../contract/ranking';
import { apiGet } from '@/lib/api-client';

export interface RankingParams {
  metric: RankingMetric;
}

export function getRanking({ metric }: RankingParams, { signal }: { signal?: AbortSignal } = {}): Promise<Ranking> {
  return apiGet(apiPaths.ranking, Ranking, { query: { metric }, signal });
}

export function rankingQueryOptions(params: RankingParams) {
  return queryOptions({
    queryKey: ['ranking', params],
    queryFn: ({ signal }) => getRanking(params, { signal }),
  });
}

export function useRanking(params: RankingParams) {
  return useQuery({ ...rankingQueryOptions(params), placeholderData: keepPreviousData });
}
