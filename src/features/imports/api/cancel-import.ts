import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportReport } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { importPath, importQueryOptions } from './get-import';
import { importsQueryKey } from './get-imports';

export function cancelImport({ id, csrfToken }: { id: number; csrfToken: string | null }): Promise<ImportReport> {
  return apiPost(importPath(apiPaths.adminImportCancel, id), ImportReport, { csrfToken });
}

/** Discards a preview; stored data never changed. */
export function useCancelImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelImport,
    onSuccess: (report) => {
      queryClient.setQueryData(importQueryOptions(report.id).queryKey, report);
      void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
