import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportReport } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { importQueryOptions } from './get-import';
import { importsQueryKey } from './get-imports';

export interface UploadInput {
  file: File;
  csrfToken: string | null;
  signal?: AbortSignal;
}

/**
 * Sends the file itself as the body: the browser streams it from disk, so a 300 MB recap never sits in
 * memory. The answer is the preview; nothing stored changes until it is applied.
 */
export function uploadImport({ file, csrfToken, signal }: UploadInput): Promise<ImportReport> {
  return apiPost(apiPaths.adminImports, ImportReport, {
    query: { fileName: file.name },
    body: file,
    contentType: 'application/octet-stream',
    csrfToken,
    signal,
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (report) => {
      queryClient.setQueryData(importQueryOptions(report.id).queryKey, report);
      void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
