import type { Summary } from '../../../../../contract/summary';
import { ProgressMeter } from '@/features/summary/components/progress-meter';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** 1: how many are registered against 11.000, as the largest number in the room. */
export function HeadlineSlide({ data, index, count }: SlideProps) {
  const m = useMessages(meetingMessages);
  return (
    <SlideLayout title={m.slideNames.capaian} index={index} count={count} summary={data.summary.data}>
      <SlideData query={data.summary}>{(summary) => <HeadlineBody summary={summary} />}</SlideData>
    </SlideLayout>
  );
}

function HeadlineBody({ summary }: { summary: Summary }) {
  const m = useMessages(meetingMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const pct = formatPercent(summary.progress, lang);
  const remaining = summary.target - summary.registered;
  return (
    <div className="headline-slide">
      <p className="headline-slide__count">
        <span className="headline-slide__number">{n(summary.registered)}</span>
        <span className="headline-slide__unit">{m.registered}</span>
      </p>
      <ProgressMeter
        ratio={summary.progress}
        label={m.ofTarget(n(summary.target))}
        valueLabel={pct}
        valueText={m.progressValue(pct, n(summary.registered), n(summary.target))}
      />
      <ul className="headline-slide__facts" role="list">
        <li className="headline-slide__fact headline-slide__fact--key">
          {remaining > 0 ? m.remaining(n(remaining)) : m.exceeded(n(-remaining))}
        </li>
        <li className="headline-slide__fact">{m.newThisWeek(n(summary.newThisWeek))}</li>
        <li className="headline-slide__fact">{m.activeNow(n(summary.active))}</li>
      </ul>
      <p className="headline-slide__motto">“{t.motto}”</p>
    </div>
  );
}
