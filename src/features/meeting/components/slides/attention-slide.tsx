import { reasonText } from '@/features/units/components/attention-list';
import { unitsMessages } from '@/features/units/messages';
import { formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { deckAttention, type DeckAttention } from '../../models/unit-filter';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** Up to this many chosen units on track are named; more are counted. */
const FINE_NAMED = 4;

/** 5: who is behind and why, with the rate each now needs: the most serious, or the chosen units'. */
export function AttentionSlide({ data, index, count, unitIds }: SlideProps & { unitIds: readonly number[] }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const entries = data.leaderboard.data;
  const attention = entries ? deckAttention(entries, unitIds) : null;
  const lead = attention && attention.count > 0 ? m.attentionCount(n(attention.count), n(attention.considered)) : null;
  return (
    <SlideLayout title={m.slideNames.perhatian} lead={lead} index={index} count={count} summary={data.summary.data}>
      <SlideData query={data.leaderboard} isEmpty={(all) => all.length === 0}>
        {() => (attention ? <AttentionBody attention={attention} /> : null)}
      </SlideData>
    </SlideLayout>
  );
}

function AttentionBody({ attention }: { attention: DeckAttention }) {
  const m = useMessages(meetingMessages);
  const um = useMessages(unitsMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  if (attention.items.length === 0) return <p className="slide__state slide__state--good">{m.attentionNone}</p>;
  const more = attention.count - attention.items.length;
  const fine = attention.fine;
  return (
    <div className="attention-slide">
      <ul className="attention-slide__list" role="list">
        {attention.items.map(({ entry, reason }) => (
          <li key={entry.row.id} className={`attention-slide__item attention-slide__item--${reason.kind}`}>
            <p className="attention-slide__name">{entry.row.name}</p>
            <p className="attention-slide__reason">{reasonText(um, reason, lang)}</p>
            <p className="attention-slide__need">
              {entry.stats.needed.status === 'needed' ? <strong>{m.attentionNeed(n(entry.stats.needed.perWeekWhole))}</strong> : null}
              <span>{m.attentionGap(n(entry.stats.remaining))}</span>
            </p>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="attention-slide__more">{m.attentionMore(n(more))}</p> : null}
      {fine.length > 0 ? (
        <p className="attention-slide__fine">
          {fine.length <= FINE_NAMED ? m.attentionFine(fine.map((e) => e.row.name).join(', ')) : m.attentionFineCount(n(fine.length))}
        </p>
      ) : null}
    </div>
  );
}
