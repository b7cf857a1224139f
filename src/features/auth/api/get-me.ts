import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me> {
  return apiGet(apiPaths.authMe, () => import('../../../../contract/auth').then((m) => m.Me), { signal });
}

export const meQueryKey = ['auth', 'me'] as const;

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
  });
}

/** Who is signed in (user null: nobody) and the CSRF token for their requests. */
export function useMe() {
  return useQuery(meQueryOptions());
}
