import { useMessages } from '@/lib/i18n/define-messages';
import { unitsMessages } from '../messages';
import { LeaderboardTable } from './leaderboard-table';
import { QueryPanel } from '@/components/query-panel';
import { useLeaderboard } from './use-leaderboard';

/** The units of one kecamatan, best first, ranked (and badged) among all units. */
export function KecamatanUnits({ name }: { name: string }) {
  const m = useMessages(unitsMessages);
  const query = useLeaderboard();
  const mine = query.data?.filter((e) => e.row.kecamatan === name);
  return (
    <QueryPanel
      title={m.unitsInKecamatanTitle(name)}
      headingLevel={3}
      query={{ ...query, data: mine }}
      asOfDate={query.asOfDate}
      isEmpty={(rows) => rows.length === 0}
    >
      {(rows) => <LeaderboardTable entries={rows} caption={m.unitsInKecamatanCaption(name)} showKecamatan={false} />}
    </QueryPanel>
  );
}
