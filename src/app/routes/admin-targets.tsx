import { TargetsAdmin } from '@/features/targets/components/targets-admin';
import { useSession } from '../require-access';

export function AdminTargetsRoute() {
  const { csrfToken } = useSession();
  return <TargetsAdmin csrfToken={csrfToken} />;
}
