import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A bad request or an answer that breaks the contract will not fix itself: fail at once.
        retry: (failureCount, error) =>
          error instanceof ApiError && (error.kind === 'contract' || (error.status !== undefined && error.status < 500))
            ? false
            : failureCount < 2,
      },
    },
  });
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
