import { useId } from 'react';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { eventMessages } from '../messages';
import type { NumberedEvent } from '../models/event-annotations';
import { EventBadge, EventChange } from './event-effect';
import '../events.css';

interface EventListProps {
  events: readonly NumberedEvent[];
  /** The events could not be loaded: say so, with a retry, instead of an empty list. */
  failed?: boolean;
  onRetry?: () => void;
  headingLevel?: 3 | 4;
}

/**
 * The events of a chart as a list under it: number (as on the markers), title, date, kind, and the
 * registrations in the 14 days before and after. Everything a marker says, readable without hovering,
 * by a screen reader and on a phone.
 */
export function EventList({ events, failed = false, onRetry, headingLevel = 3 }: EventListProps) {
  const { t, lang } = useT();
  const m = useMessages(eventMessages);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  if (failed) {
    return (
      <p className="event-list__error">
        {m.listError}{' '}
        {onRetry ? (
          <button type="button" className="button button--quiet" onClick={onRetry}>
            {t.retry}
          </button>
        ) : null}
      </p>
    );
  }
  if (events.length === 0) return null;

  return (
    <section className="event-list" aria-labelledby={headingId}>
      <Heading id={headingId} className="event-list__title">
        {m.listTitle}
      </Heading>
      <p className="event-list__note">{m.listNote}</p>
      <ol className="event-list__items" role="list">
        {events.map((e) => (
          <li key={e.id} className="event-item">
            <EventBadge number={e.number} kind={e.kind} />
            <div className="event-item__body">
              <p className="event-item__title">{e.title}</p>
              <p className="event-item__meta">
                <time dateTime={e.date}>{formatDate(e.date, lang)}</time>
                <span aria-hidden="true"> · </span>
                <span className="visually-hidden">, </span>
                {m.kinds[e.kind]}
              </p>
              <p className="event-item__effect">
                {m.beforeAfter(formatNumber(e.before, lang), formatNumber(e.after, lang))} <EventChange event={e} />
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
