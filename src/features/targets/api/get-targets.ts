import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { TargetHistory } from '../../../../contract/targets';
import { apiGet } from '@/lib/api-client';

export function getTargets({ signal }: { signal?: AbortSignal } = {}): Promise<TargetHistory> {
  return apiGet(apiPaths.targets, TargetHistory, { signal });
}

export const targetsQueryKey = ['targets'] as const;

export function targetsQueryOptions() {
  return queryOptions({
    queryKey: [...targetsQueryKey, 'history'] as const,
    queryFn: ({ signal }) => getTargets({ signal }),
  });
}

/** The current target and every version of it, campaign and units, newest first. */
export function useTargets() {
  return useQuery(targetsQueryOptions());
}
