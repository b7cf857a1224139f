import { queryOptions, useQuery } from '@tanstack/react-query';
import { KecamatanBreakdown } from '../../../../contract/breakdowns';
import { apiPaths } from '../../../../contract/paths';
import { apiGet } from '@/lib/api-client';

export function getKecamatan({ signal }: { signal?: AbortSignal } = {}): Promise<KecamatanBreakdown> {
  return apiGet(apiPaths.kecamatan, KecamatanBreakdown, { signal });
}

export function kecamatanQueryOptions() {
  return queryOptions({
    queryKey: ['breakdown', 'kecamatan'],
    queryFn: ({ signal }) => getKecamatan({ signal }),
  });
}

export function useKecamatan(options: { enabled?: boolean } = {}) {
  return useQuery({ ...kecamatanQueryOptions(), enabled: options.enabled ?? true });
}
