import { formatNumber, formatPercent } from '@/lib/format';
import type { Lang } from '@/lib/i18n/lang';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { eventMessages } from '../messages';
import { eventKindColors, type NumberedEvent } from '../models/event-annotations';

/** +650,0% / -25,0% / 0,0%; null when there is nothing to compare with. */
export function formatChange(change: number | null, lang: Lang): string | null {
  if (change === null) return null;
  return `${change > 0 ? '+' : ''}${formatPercent(change, lang)}`;
}

type Effect = Pick<NumberedEvent, 'before' | 'after' | 'change' | 'window' | 'daysAfter'>;

/** The change in words: "+950,8%", or why there is none ("baru 7 dari 14 hari", "tidak ada pembanding"). */
function useChangeText() {
  const lang = useLang();
  const m = useMessages(eventMessages);
  return (e: Effect) =>
    e.window === 'future' ? m.futureEvent
    : e.window === 'partial' ? m.partialWindow(formatNumber(e.daysAfter, lang))
    : (formatChange(e.change, lang) ?? m.noBaseline);
}

/** "59 → 620 pekerja, +950,8%": an event's before/after in words, for titles and summaries. */
export function useEffectText() {
  const lang = useLang();
  const m = useMessages(eventMessages);
  const changeText = useChangeText();
  return (e: Effect) => `${m.beforeAfter(formatNumber(e.before, lang), formatNumber(e.after, lang))}, ${changeText(e)}`;
}

/** The change after an event, coloured by direction (the sign says it too), or why there is none. */
export function EventChange({ event }: { event: Effect }) {
  const changeText = useChangeText();
  const { change } = event;
  const direction = change === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return <span className={`event-change event-change--${direction}`}>{changeText(event)}</span>;
}

/** The numbered badge of the charts, in HTML, in the kind's colour from the one colour map. */
export function EventBadge({ number, kind }: { number: number; kind: NumberedEvent['kind'] }) {
  return (
    <span className="event-badge" style={{ background: eventKindColors[kind] }}>
      {number}
    </span>
  );
}

/** An event's table cell: its numbered badge, title and note. */
export function EventTitle({ event }: { event: NumberedEvent }) {
  return (
    <span className="event-title">
      <EventBadge number={event.number} kind={event.kind} />
      <span>
        {event.title}
        {event.note ? <span className="cell-note">{event.note}</span> : null}
      </span>
    </span>
  );
}
