import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EventList } from '../../../../contract/events';
import { apiPost } from '@/lib/api-client';
import { adminEventPath } from './event-path';
import { eventsQueryOptions } from './get-events';

export function deleteEvent({ id, csrfToken }: { id: string; csrfToken: string | null }): Promise<EventList> {
  return apiPost(adminEventPath(id), EventList, { method: 'DELETE', csrfToken });
}

export function useDeleteEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvent,
    onSuccess: (list) => {
      queryClient.setQueryData(eventsQueryOptions().queryKey, list);
    },
  });
}
