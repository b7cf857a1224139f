import { useMessages } from '@/lib/i18n/define-messages';
import { unitsMessages } from '../messages';
import type { Badge } from '../models/leaderboard-model';

const ICONS: Record<Badge['kind'], string> = { reached: '★', milestone: '◆', fastest: '▲' };

/** Badges as words, each with a shape too: colour never carries the meaning alone. */
export function BadgeList({ badges }: { badges: readonly Badge[] }) {
  const m = useMessages(unitsMessages);
  if (badges.length === 0) return null;
  return (
    <ul className="unit-badges" role="list">
      {badges.map((badge) => (
        <li key={badge.kind} className={`unit-badge unit-badge--${badge.kind}`}>
          <span aria-hidden="true">{ICONS[badge.kind]}</span>{' '}
          {badge.kind === 'reached' ? m.badges.reached : badge.kind === 'fastest' ? m.badges.fastest : m.badges.milestone(`${badge.percent}%`)}
        </li>
      ))}
    </ul>
  );
}
