import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import type { LeaderboardEntry } from '@/features/units/models/leaderboard-model';
import { meetingMessages } from '../../messages';
import { deckLeaderboard, leaderboardColumns, LEADERBOARD_TOP, type DeckLeaderboard } from '../../models/unit-filter';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** 4: units by share of their own target: the top ten, or the units chosen for this meeting. */
export function LeaderboardSlide({ data, index, count, unitIds }: SlideProps & { unitIds: readonly number[] }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const entries = data.leaderboard.data;
  const board = entries ? deckLeaderboard(entries, unitIds) : null;
  const lead = board
    ? board.filtered
      ? m.leaderboardChosen(n(board.entries.length), n(board.total))
      : m.leaderboardTop(n(Math.min(LEADERBOARD_TOP, board.total)), n(board.total))
    : null;
  return (
    <SlideLayout title={m.slideNames.unit} lead={lead} index={index} count={count} summary={data.summary.data}>
      <SlideData query={data.leaderboard} isEmpty={(all) => all.length === 0}>
        {() => (board ? <LeaderboardBody board={board} /> : null)}
      </SlideData>
    </SlideLayout>
  );
}

function LeaderboardBody({ board }: { board: DeckLeaderboard }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const columns = leaderboardColumns(board.entries.length);
  const half = Math.ceil(board.entries.length / columns);
  const parts = columns === 1 ? [board.entries] : [board.entries.slice(0, half), board.entries.slice(half)];
  return (
    <div className={`leaderboard-slide leaderboard-slide--${columns === 1 ? 'one' : 'two'}`}>
      {parts.map((part, i) => (
        <LeaderboardTable key={i} entries={part} compact={columns === 2} />
      ))}
      {board.unknownIds.length > 0 ? (
        <p className="leaderboard-slide__note">{m.unknownUnits(formatNumber(board.unknownIds.length, lang))}</p>
      ) : null}
    </div>
  );
}

function LeaderboardTable({ entries, compact }: { entries: LeaderboardEntry[]; compact: boolean }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <table className="leaderboard-slide__table">
      <caption className="visually-hidden">{m.leaderboardCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {/* Two columns leave no room for the word; the lead says what the numbers are. */}
            {compact ? <span className="visually-hidden">{m.rankColumn}</span> : m.rankColumn}
          </th>
          <th scope="col">{m.unitColumn}</th>
          {compact ? null : (
            <th scope="col" className="leaderboard-slide__bar-col">
              <span className="visually-hidden">{m.progressColumn}</span>
            </th>
          )}
          <th scope="col" className="num">
            {m.progressColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.row.id} className={entry.stats.remaining === 0 ? 'is-done' : undefined}>
            <td className="num leaderboard-slide__rank">{n(entry.rank)}</td>
            <th scope="row" className="leaderboard-slide__name">
              {entry.row.name}
            </th>
            {compact ? null : (
              <td className="leaderboard-slide__bar-col" aria-hidden="true">
                <span className="bar">
                  <span className="bar__fill" style={{ width: `${Math.min(1, entry.row.progress) * 100}%` }} />
                </span>
              </td>
            )}
            <td className="num leaderboard-slide__pct">
              <strong>{formatPercent(entry.row.progress, lang)}</strong>
              {compact ? null : <span className="leaderboard-slide__of">{m.ofOwnTarget(n(entry.row.registered), n(entry.row.target))}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
