import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { paceMessages } from '../messages';
import type { PaceModel } from '../pace-model';
import '../pace.css';

/** The progress chart's caption from the pace model: what is needed, the 28-day pace, the outlook, and how to read the band. */
export function PaceCaption({ pace }: { pace: PaceModel }) {
  const { t, lang } = useT();
  const m = useMessages(paceMessages);
  const n = (value: number) => formatNumber(Math.round(value), lang);
  const note = <p className="chart-note">{m.chartNote}</p>;
  const { needed, verdict, range, rates } = pace;
  if (needed.status === 'reached') {
    return (
      <>
        <p className="caption">{t.paceReached}</p>
        {note}
      </>
    );
  }
  if (needed.status === 'overdue') {
    return (
      <>
        <p className="caption caption--behind">{t.paceDeadlinePassed}</p>
        {note}
      </>
    );
  }
  const likely = range.status === 'projected' ? range.likely.projection : null;
  const status = verdict.status === 'on-track' ? 'on-track' : likely?.status === 'projected' ? 'behind' : 'stalled';
  const outlook =
    status === 'on-track' ? t.paceOnTrack
    : likely?.status === 'projected' ? t.paceBehind(formatDate(likely.date, lang))
    : t.paceStalled;
  return (
    <>
      <p className={`caption caption--${status}`}>
        <strong>{t.paceNeeded(n(needed.perWeekWhole), formatDate(pace.deadline, lang))}</strong>{' '}
        {t.paceRecent(n(rates.last28.perWeek), n(rates.last28.days))} {outlook}
      </p>
      {note}
    </>
  );
}
