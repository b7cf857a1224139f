import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { ApiError, apiPost } from '@/lib/api-client';
import { meQueryKey } from './get-me';

export function logout({ csrfToken }: { csrfToken: string | null }): Promise<void> {
  return apiPost(apiPaths.authLogout, null, { csrfToken });
}

/** Set just before the session is cleared by "Keluar", so a page guard can tell it from a session that ran out. */
const signedOutKey = ['auth', 'signed-out'] as const;

export function signedOutOnPurpose(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<boolean>(signedOutKey) === true;
}

export function markSignedIn(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: signedOutKey, exact: true });
}

/** Signs out; a session that has already ended (401) counts as signed out too. */
export function useLogout() {
  const queryClient = useQueryClient();
  const signedOut = () => {
    queryClient.setQueryData(signedOutKey, true);
    queryClient.setQueryData<Me>(meQueryKey, { user: null, csrfToken: null });
    // Whatever was read behind the sign-in must not outlive the session in this tab: such queries say so
    // with `meta: { private: true }`.
    queryClient.removeQueries({ predicate: (query) => query.meta?.private === true });
  };
  return useMutation({
    mutationFn: logout,
    onSuccess: signedOut,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) signedOut();
    },
  });
}
