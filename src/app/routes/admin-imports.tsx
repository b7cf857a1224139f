import { ImportsAdmin } from '@/features/imports/components/imports-admin';
import { useSession } from '../require-access';

export function AdminImportsRoute() {
  const { csrfToken } = useSession();
  return <ImportsAdmin csrfToken={csrfToken} />;
}
