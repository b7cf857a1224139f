import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { RankingHistory, type RankingMetric } from '../../../../contract/ranking';
import { apiGet } from '@/lib/api-client';

export interface RankingHistoryParams {
  metric: RankingMetric;
}

export function getRankingHistory(
  { metric }: RankingHistoryParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<RankingHistory> {
  return apiGet(apiPaths.rankingHistory, RankingHistory, { query: { metric }, signal });
}

export function rankingHistoryQueryOptions(params: RankingHistoryParams) {
  return queryOptions({
    queryKey: ['ranking', 'history', params],
    queryFn: ({ signal }) => getRankingHistory(params, { signal }),
  });
}

export function useRankingHistory(params: RankingHistoryParams) {
  return useQuery({ ...rankingHistoryQueryOptions(params), placeholderData: keepPreviousData });
}
