import { useQuery } from '@tanstack/react-query';
import { timeseriesQueryOptions } from '@/features/progress/api/get-timeseries';

/**
 * The daily series pace is computed from: GET /api/registrations/timeseries?interval=day. Same query key as
 * the progress chart's daily view, so the two share one request and one cache entry.
 */
export function dailyTimeseriesQueryOptions() {
  return timeseriesQueryOptions({ interval: 'day' });
}

export function useDailyTimeseries() {
  return useQuery(dailyTimeseriesQueryOptions());
}
