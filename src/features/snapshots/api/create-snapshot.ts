import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { CreatedSnapshot, type CreateSnapshotRequest } from '../../../../contract/snapshots';
import { apiPost } from '@/lib/api-client';
import { snapshotsQueryKey } from './get-snapshots';

export function createSnapshot({ input, csrfToken }: { input: CreateSnapshotRequest; csrfToken: string | null }): Promise<CreatedSnapshot> {
  return apiPost(apiPaths.snapshots, CreatedSnapshot, { json: input, csrfToken });
}

/** Freezes a view on the server; the answer holds the only copy of the link's token. */
export function useCreateSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSnapshot,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: snapshotsQueryKey });
    },
  });
}
