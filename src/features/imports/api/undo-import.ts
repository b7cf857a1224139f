import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportReport } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { importPath, importQueryOptions } from './get-import';

export function undoImport({ id, csrfToken }: { id: number; csrfToken: string | null }): Promise<ImportReport> {
  return apiPost(importPath(apiPaths.adminImportUndo, id), ImportReport, { csrfToken });
}

/** Takes back the newest applied import, restoring the data exactly as it was before. */
export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoImport,
    onSuccess: (report) => {
      queryClient.setQueryData(importQueryOptions(report.id).queryKey, report);
      void queryClient.invalidateQueries();
    },
  });
}
