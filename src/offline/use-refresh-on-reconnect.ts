import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * When the connection comes back, every query on screen asks the server again, fresh or not, so a deck
 * showing the saved copy turns live (and its stamp says so) without anyone touching it. React Query's own
 * refetch on reconnect skips queries still inside their staleTime, which the saved copy may well be.
 */
export function useRefreshOnReconnect(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries();
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [queryClient]);
}
