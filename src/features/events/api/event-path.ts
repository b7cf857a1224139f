import { apiPaths } from '../../../../contract/paths';

/** Stored events are `e<n>` in the list and `<n>` in the admin path. */
export function adminEventPath(id: string): string {
  const n = /^e(\d+)$/.exec(id)?.[1];
  if (!n) throw new Error(`Event ${id} is not a stored event and cannot be changed`);
  return apiPaths.adminEvent.replace('{id}', n);
}
