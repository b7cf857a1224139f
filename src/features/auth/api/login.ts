import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoginResponse, type LoginRequest, type Me } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { meQueryKey } from './get-me';
import { markSignedIn } from './logout';

/** Sign-in is public: it needs no CSRF token (the server checks the Origin instead). */
export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return apiPost(apiPaths.authLogin, LoginResponse, { json: credentials });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user, csrfToken }) => {
      markSignedIn(queryClient);
      queryClient.setQueryData<Me>(meQueryKey, { user, csrfToken });
    },
  });
}
