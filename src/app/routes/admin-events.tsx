import { EventsAdmin } from '@/features/events/components/events-admin';
import { useSummary } from '@/features/summary/api/get-summary';
import { useSession } from '../require-access';

export function AdminEventsRoute() {
  const { csrfToken } = useSession();
  // The data's date tells which events' 14 days after are still running.
  const summary = useSummary();
  return <EventsAdmin csrfToken={csrfToken} asOfDate={summary.data?.asOfDate} />;
}
