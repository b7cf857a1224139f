import { Link } from 'react-router';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { needsAttention, type LeaderboardEntry } from '../models/leaderboard-model';
import { AttentionList } from './attention-list';
import { BadgeList } from './badges';
import { QueryPanel } from '@/components/query-panel';
import { ScopeLink } from './unit-link';
import { useLeaderboard } from './use-leaderboard';
import '../units.css';

const TOP = 5;

/** The overview's compact leaderboard and "needs attention" list; the full versions live on /unit. */
export function UnitsSpotlight() {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const query = useLeaderboard();
  const all = localizedTo('/unit', lang);
  return (
    <div className="units-spotlight">
      <QueryPanel
        title={m.leaderboardTitle}
        query={query}
        asOfDate={query.asOfDate}
        isEmpty={(rows) => rows.length === 0}
        actions={
          <Link className="button button--quiet" to={all}>
            {m.viewAllUnits}
          </Link>
        }
      >
        {(rows) => <CompactBoard entries={rows} />}
      </QueryPanel>
      <QueryPanel title={m.attentionTitle} query={query} asOfDate={query.asOfDate} isEmpty={(rows) => rows.length === 0}>
        {(rows) => <AttentionList items={needsAttention(rows)} total={rows.length} limit={TOP} />}
      </QueryPanel>
    </div>
  );
}

function CompactBoard({ entries }: { entries: LeaderboardEntry[] }) {
  const m = useMessages(unitsMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const top = entries.slice(0, TOP);
  const fastest = entries.find((e) => e.badges.some((b) => b.kind === 'fastest'));
  return (
    <div className="compact-board">
      <ol className="compact-board__list" role="list" aria-label={m.topUnits}>
        {top.map((e) => (
          <li key={e.row.id} className="compact-board__item">
            <span className="compact-board__rank">{n(e.rank)}</span>
            <span className="compact-board__name">
              <ScopeLink scope={{ kind: 'unit', id: e.row.id }}>{e.row.name}</ScopeLink>
              <BadgeList badges={e.badges.filter((b) => b.kind !== 'milestone')} />
            </span>
            <span className="compact-board__value">{formatPercent(e.row.progress, lang)}</span>
          </li>
        ))}
      </ol>
      {fastest ? (
        <p className="leaderboard__fastest">
          <ScopeLink scope={{ kind: 'unit', id: fastest.row.id }}>{fastest.row.name}</ScopeLink>{' '}
          <span>
            {m.badges.fastest}: {m.gainPoints(formatPercent(fastest.gain28, lang))} ({m.workers(n(fastest.row.newLast28Days))}, {m.paceWindows.last28.toLowerCase()})
          </span>
        </p>
      ) : null}
    </div>
  );
}
