import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EventList, type EventInput } from '../../../../contract/events';
import { apiPost } from '@/lib/api-client';
import { adminEventPath } from './event-path';
import { eventsQueryOptions } from './get-events';

export function updateEvent({ id, input, csrfToken }: { id: string; input: EventInput; csrfToken: string | null }): Promise<EventList> {
  return apiPost(adminEventPath(id), EventList, { method: 'PUT', json: input, csrfToken });
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (list) => {
      queryClient.setQueryData(eventsQueryOptions().queryKey, list);
    },
  });
}
