import { useSummary } from '@/features/summary/api/get-summary';
import type { CampaignDates } from '../models/scope-progress-model';

/**
 * The campaign's launch, deadline and data date, from the summary the overview already loads (one cached
 * request). `dates` is null until it arrives, and when no data has been loaded yet (no data date).
 */
export function useCampaignDates() {
  const query = useSummary();
  const s = query.data;
  const dates: CampaignDates | null = s && s.asOfDate ? { launchDate: s.launchDate, deadline: s.deadline, asOfDate: s.asOfDate } : null;
  return { query, dates, workersPerAsn: s?.workersPerAsn ?? 1 };
}
