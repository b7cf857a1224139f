import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { TargetHistory, type CampaignTargetInput } from '../../../../contract/targets';
import { apiPost } from '@/lib/api-client';
import { targetsQueryKey, targetsQueryOptions } from './get-targets';

export function changeCampaignTarget({ input, csrfToken }: { input: CampaignTargetInput; csrfToken: string | null }): Promise<TargetHistory> {
  return apiPost(apiPaths.adminTargets, TargetHistory, { json: input, csrfToken });
}

/**
 * The answer is the whole new history. Everything else that shows a target (summary, charts, their events,
 * units) is refetched: a target change is marked on every chart.
 */
export function storeNewHistory(queryClient: QueryClient, history: TargetHistory) {
  queryClient.setQueryData(targetsQueryOptions().queryKey, history);
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== targetsQueryKey[0] && query.queryKey[0] !== 'auth' });
}

export function useChangeCampaignTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeCampaignTarget,
    onSuccess: (history) => storeNewHistory(queryClient, history),
  });
}
