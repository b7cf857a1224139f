import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../../contract/paths';
import { TargetHistory, type UnitTargetInput } from '../../../../contract/targets';
import { apiPost } from '@/lib/api-client';
import { storeNewHistory } from './change-campaign-target';

export function changeUnitTarget({ unitId, input, csrfToken }: { unitId: number; input: UnitTargetInput; csrfToken: string | null }): Promise<TargetHistory> {
  return apiPost(apiPaths.adminUnitTarget.replace('{id}', String(unitId)), TargetHistory, { method: 'PUT', json: input, csrfToken });
}

/** One unit's new ASN count; the units' list and every chart of that unit are refetched. */
export function useChangeUnitTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUnitTarget,
    onSuccess: (history) => storeNewHistory(queryClient, history),
  });
}
