import { useUnits } from '@/features/breakdowns/api/get-units';
import { SnapshotsAdmin } from '@/features/snapshots/components/snapshots-admin';
import { useSession } from '../require-access';

export function AdminSnapshotsRoute() {
  const { csrfToken } = useSession();
  // Links to a unit's page are named by the unit.
  const units = useUnits();
  return <SnapshotsAdmin csrfToken={csrfToken} unitName={(id) => units.data?.rows.find((row) => row.id === id)?.name} />;
}
