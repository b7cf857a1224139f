import { useQuery } from '@tanstack/react-query';
import { occupationsQueryOptions } from '@/features/occupations/api/get-occupations';
import { dailyTimeseriesQueryOptions } from '@/features/pace/api/get-daily-timeseries';
import { timeseriesQueryOptions } from '@/features/progress/api/get-timeseries';
import { rankingQueryOptions } from '@/features/ranking/api/get-ranking';
import { rankingHistoryQueryOptions } from '@/features/ranking/api/get-ranking-history';
import { useSummary } from '@/features/summary/api/get-summary';
import { useLeaderboard } from '@/features/units/components/use-leaderboard';
import type { SlideId } from '../models/slides';

/**
 * Everything the deck's slides show, asked for once when the deck opens, through the dashboard's own
 * queries (same keys, same cache): moving between slides never waits for the network, and a cache that
 * keeps those queries keeps the deck. Only what the chosen slides need is asked for; the summary (the
 * stamp on every slide) and the units (the setup panel's list) always are.
 */
export function useDeckData(slides: readonly SlideId[]) {
  const needs = (id: SlideId) => slides.includes(id);
  const summary = useSummary();
  const weekly = useQuery({ ...timeseriesQueryOptions({ interval: 'week' }), enabled: needs('laju') });
  const daily = useQuery({ ...dailyTimeseriesQueryOptions(), enabled: needs('laju') });
  const ranking = useQuery({ ...rankingQueryOptions({ metric: 'count' }), enabled: needs('peringkat') });
  const rankingHistory = useQuery({ ...rankingHistoryQueryOptions({ metric: 'count' }), enabled: needs('peringkat') });
  const leaderboard = useLeaderboard();
  const occupations = useQuery({ ...occupationsQueryOptions(), enabled: needs('pekerjaan') });
  return { summary, weekly, daily, ranking, rankingHistory, leaderboard, occupations };
}

export type DeckData = ReturnType<typeof useDeckData>;
