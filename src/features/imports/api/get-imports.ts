import { queryOptions, useQuery } from '@tanstack/react-query';
import { ImportList } from '../../../../contract/imports';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getImports({ signal }: { signal?: AbortSignal } = {}): Promise<ImportList> {
  return apiGet(apiPaths.adminImports, ImportList, { signal });
}

export const importsQueryKey = ['imports'] as const;

export function importsQueryOptions() {
  return queryOptions({
    queryKey: [...importsQueryKey, 'list'] as const,
    queryFn: ({ signal }) => getImports({ signal }),
    // Behind the sign-in: dropped from the cache at sign-out.
    meta: { private: true },
    staleTime: 0,
  });
}

/** The recent imports, newest first. */
export function useImports() {
  return useQuery(importsQueryOptions());
}
