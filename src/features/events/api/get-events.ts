import { queryOptions, useQuery } from '@tanstack/react-query';
import { EventList } from '../../../../contract/events';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getEvents({ signal }: { signal?: AbortSignal } = {}): Promise<EventList> {
  return apiGet(apiPaths.events, EventList, { signal });
}

export const eventsQueryKey = ['events'] as const;

export function eventsQueryOptions() {
  return queryOptions({
    queryKey: [...eventsQueryKey, 'list'] as const,
    queryFn: ({ signal }) => getEvents({ signal }),
  });
}

/** Stored events, applied imports and target changes, oldest first, each with its before/after. */
export function useEvents() {
  return useQuery(eventsQueryOptions());
}
