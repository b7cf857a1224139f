import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportReport } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { importPath, importQueryOptions } from './get-import';

export interface ApplyInput {
  id: number;
  /** Import the valid rows and leave the rejected ones out. */
  partial: boolean;
  csrfToken: string | null;
}

export function applyImport({ id, partial, csrfToken }: ApplyInput): Promise<ImportReport> {
  return apiPost(importPath(apiPaths.adminImportApply, id), ImportReport, { json: { partial }, csrfToken });
}

export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyImport,
    onSuccess: (report) => {
      queryClient.setQueryData(importQueryOptions(report.id).queryKey, report);
      // Every number on the dashboard may have changed.
      void queryClient.invalidateQueries();
    },
  });
}
