import type { ReactNode } from 'react';
import type { Summary } from '../../../../contract/summary';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { formatNumber } from '@/lib/format';
import { OfflineBadge } from '@/offline/offline-badge';
import { meetingMessages } from '../messages';
import { stampText } from '../models/stamp';

interface SlideLayoutProps {
  title: string;
  /** A line under the title saying what the slide counts. */
  lead?: string | null;
  /** 0-based. */
  index: number;
  count: number;
  summary: Summary | undefined;
  className?: string;
  children: ReactNode;
}

/**
 * One slide's frame: the title, the body, and a footer with the data's stamp (every slide carries it, so a
 * photo of any slide says how fresh its numbers are, and whether they are live or the saved copy), the demo label when the data is the demo, and the
 * slide's place in the deck.
 */
export function SlideLayout({ title, lead, index, count, summary, className, children }: SlideLayoutProps) {
  const m = useMessages(meetingMessages);
  const { t, lang } = useT();
  const stamp = stampText(summary, t, lang);
  return (
    <>
      <header className="slide__head">
        <p className="slide__kicker">{m.kicker}</p>
        <h2 className="slide__title">{title}</h2>
        {lead ? <p className="slide__lead">{lead}</p> : null}
      </header>
      <div className={className ? `slide__body ${className}` : 'slide__body'}>{children}</div>
      <footer className="slide__foot">
        <p className="slide__stamp">
          {stamp ?? m.loading}
          <OfflineBadge className="offline-badge--deck" />
        </p>
        {summary?.isDemo ? (
          <p className="slide__demo" title={t.demoBadgeHint}>
            {t.demoBadge}
          </p>
        ) : null}
        <p className="slide__page">{m.pageCounter(formatNumber(index + 1, lang), formatNumber(count, lang))}</p>
      </footer>
    </>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * A slide's body once its data is in; until then one large line saying why it is not (loading, failed with
 * a retry, or no data yet). Data already on screen stays there when a later refresh fails.
 */
export function SlideData<T>({ query, isEmpty, children }: { query: QueryLike<T>; isEmpty?: (data: T) => boolean; children: (data: T) => ReactNode }) {
  const m = useMessages(meetingMessages);
  const { t } = useT();
  if (query.data !== undefined) {
    if (isEmpty?.(query.data)) return <p className="slide__state">{m.empty}</p>;
    return <>{children(query.data)}</>;
  }
  if (query.isError && !query.isFetching) {
    return (
      <div className="slide__state">
        <p>{m.failed}</p>
        <button type="button" className="deck-button deck-button--text" onClick={() => void query.refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <p className="slide__state" role="status">
      {m.loading}
    </p>
  );
}
