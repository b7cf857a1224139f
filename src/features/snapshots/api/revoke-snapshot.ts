import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { SnapshotListItem, type SnapshotList } from '../../../../contract/snapshots';
import { apiPost } from '@/lib/api-client';
import { snapshotsQueryKey, snapshotsQueryOptions } from './get-snapshots';

export function revokeSnapshot({ id, csrfToken }: { id: number; csrfToken: string | null }): Promise<SnapshotListItem> {
  return apiPost(apiPaths.adminSnapshotRevoke.replace('{id}', String(id)), SnapshotListItem, { csrfToken });
}

/** Revokes a link for good. Its row changes at once from the answer, then the list is fetched again. */
export function useRevokeSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSnapshot,
    onSuccess: (item) => {
      queryClient.setQueryData<SnapshotList>(snapshotsQueryOptions().queryKey, (list) =>
        list ? { snapshots: list.snapshots.map((s) => (s.id === item.id ? item : s)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: snapshotsQueryKey });
    },
  });
}
