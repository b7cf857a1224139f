import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';
import { useRefreshOnReconnect } from '@/offline/use-refresh-on-reconnect';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Ask even when the browser says it is offline: the service worker may answer from its saved copy.
        networkMode: 'offlineFirst',
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
  return (
    <QueryClientProvider client={queryClient}>
      <RefreshOnReconnect />
      {children}
    </QueryClientProvider>
  );
}

function RefreshOnReconnect() {
  useRefreshOnReconnect();
  return null;
}
