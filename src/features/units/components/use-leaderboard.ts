import { useMemo } from 'react';
import { useUnits } from '@/features/breakdowns/api/get-units';
import { buildLeaderboard, type LeaderboardEntry } from '../models/leaderboard-model';
import { useCampaignDates } from './use-campaign-dates';

export interface LeaderboardQuery {
  /** Undefined while loading; [] when there is no data yet. */
  data: LeaderboardEntry[] | undefined;
  asOfDate: string | null | undefined;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/** Every unit with its rank, badges and pace, from the units breakdown and the campaign's dates. */
export function useLeaderboard(): LeaderboardQuery {
  const units = useUnits();
  const { query: summary } = useCampaignDates();
  const rows = units.data?.rows;
  const s = summary.data;
  const data = useMemo(() => {
    if (rows === undefined || s === undefined) return undefined;
    return s.asOfDate ? buildLeaderboard(rows, { launchDate: s.launchDate, deadline: s.deadline, asOfDate: s.asOfDate }) : [];
  }, [rows, s]);
  return {
    data,
    asOfDate: units.data ? units.data.asOfDate : undefined,
    isError: units.isError || summary.isError,
    isFetching: units.isFetching || summary.isFetching,
    refetch: () => Promise.all([units.isError ? units.refetch() : null, summary.isError ? summary.refetch() : null]),
  };
}
