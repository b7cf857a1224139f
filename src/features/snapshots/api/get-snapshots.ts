import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { SnapshotList } from '../../../../contract/snapshots';
import { apiGet } from '@/lib/api-client';

export function getSnapshots({ signal }: { signal?: AbortSignal } = {}): Promise<SnapshotList> {
  return apiGet(apiPaths.adminSnapshots, SnapshotList, { signal });
}

export const snapshotsQueryKey = ['snapshots'] as const;

export function snapshotsQueryOptions() {
  return queryOptions({
    queryKey: [...snapshotsQueryKey, 'list'] as const,
    queryFn: ({ signal }) => getSnapshots({ signal }),
    // Behind the sign-in: dropped from the cache at sign-out. Opens change all the time: always refetch.
    meta: { private: true },
    staleTime: 0,
  });
}

/** Every link ever made, newest first, with its status and opens (admins). */
export function useSnapshots() {
  return useQuery(snapshotsQueryOptions());
}
