import { formatRupiah } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { displayLink } from '../../models/share-target';
import { QrCode } from '../qr-code';
import { SlideLayout } from '../slide-layout';
import type { MeetingShare } from '../use-meeting-share';
import type { SlideProps } from './slide-props';

const QR_SIZE = 400;

/**
 * 7: the ask. What one worker's cover costs and buys, how to register one, and a QR code to the numbers
 * just shown (a snapshot, when staff made one) for the room to take home.
 */
export function ClosingSlide({ data, index, count, share }: SlideProps & { share: MeetingShare }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const summary = data.summary.data;
  const caption = share.kind === 'snapshot' ? m.qrSnapshot : m.qrOverview;
  const link = displayLink(share.href);
  return (
    <SlideLayout title={m.slideNames.ajakan} index={index} count={count} summary={summary} className="closing-slide">
      <div className="closing-slide__ask">
        <p className="closing-slide__motto">“{m.motto}”</p>
        {summary ? (
          <p className="closing-slide__price">
            <span className="closing-slide__fee">{formatRupiah(summary.monthlyContribution, lang)}</span>{' '}
            <span className="closing-slide__per">{m.perMonth}</span>{' '}
            <span className="closing-slide__buys">{m.buys}</span>
          </p>
        ) : null}
        <h3 className="closing-slide__steps-title">{m.stepsTitle}</h3>
        <ol className="closing-slide__steps">
          {m.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <div className="closing-slide__qr">
        <QrCode text={share.href} label={m.qrLabel(link)} size={QR_SIZE} />
        <p className="closing-slide__qr-caption">{caption}</p>
        <p className="closing-slide__link">{link}</p>
        {share.canCreate ? (
          <button type="button" className="deck-button deck-button--text deck-chrome" onClick={share.create} disabled={share.pending}>
            {share.pending ? m.creatingSnapshot : m.createSnapshot}
          </button>
        ) : null}
        <p className="visually-hidden" role="status">
          {share.kind === 'snapshot' ? m.snapshotReady : ''}
        </p>
        {share.failed ? (
          <p className="closing-slide__error deck-chrome" role="alert">
            {m.snapshotFailed}
          </p>
        ) : null}
      </div>
    </SlideLayout>
  );
}
