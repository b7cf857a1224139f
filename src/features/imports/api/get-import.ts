import { queryOptions, useQuery } from '@tanstack/react-query';
import { ImportReport } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';
import { importsQueryKey } from './get-imports';

export const importPath = (path: string, id: number) => path.replace('{id}', String(id));

export function getImport({ id, signal }: { id: number; signal?: AbortSignal }): Promise<ImportReport> {
  return apiGet(importPath(apiPaths.adminImport, id), ImportReport, { signal });
}

export function importQueryOptions(id: number) {
  return queryOptions({
    queryKey: [...importsQueryKey, 'detail', { id }] as const,
    queryFn: ({ signal }) => getImport({ id, signal }),
    meta: { private: true },
  });
}

/** One import with its first problems; `null` id: nothing to show. */
export function useImport(id: number | null) {
  return useQuery({ ...importQueryOptions(id ?? 0), enabled: id !== null });
}
