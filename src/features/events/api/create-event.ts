import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EventList, type EventInput } from '../../../../contract/events';
import { apiPaths } from '../../../../contract/paths';
import { apiPost } from '@/lib/api-client';
import { eventsQueryOptions } from './get-events';

export function createEvent({ input, csrfToken }: { input: EventInput; csrfToken: string | null }): Promise<EventList> {
  return apiPost(apiPaths.adminEvents, EventList, { json: input, csrfToken });
}

/** Adds an event; the answer is the whole new list, so every chart shows it at once. */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (list) => {
      queryClient.setQueryData(eventsQueryOptions().queryKey, list);
    },
  });
}
