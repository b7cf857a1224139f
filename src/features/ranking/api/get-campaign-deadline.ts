import { useQuery } from '@tanstack/react-query';
import { summaryQueryOptions } from '@/features/summary/api/get-summary';

/**
 * The race is judged against the campaign deadline, which the summary carries. Reusing the summary's own
 * query (same key, already in the cache on every page) costs no extra request and keeps one source.
 */
export function useCampaignDeadline() {
  return useQuery({ ...summaryQueryOptions(), select: (summary) => summary.deadline });
}
