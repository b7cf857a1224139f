import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitBreakdown } from '../../../../contract/breakdowns';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getUnits({ signal }: { signal?: AbortSignal } = {}): Promise<UnitBreakdown> {
  return apiGet(apiPaths.units, () => import('../../../../contract/breakdowns').then((m) => m.UnitBreakdown), { signal });
}

export function unitsQueryOptions() {
  return queryOptions({
    queryKey: ['breakdown', 'units'],
    queryFn: ({ signal }) => getUnits({ signal }),
  });
}

export function useUnits(options: { enabled?: boolean } = {}) {
  return useQuery({ ...unitsQueryOptions(), enabled: options.enabled ?? true });
}
