import type { TargetHistory } from '../../../../contract/targets';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { targetMessages } from '../messages';
import { currentCampaignVersion } from '../models/target-form';

/** ASN × ratio = target, the deadline, and since when it holds. */
export function CurrentTarget({ history, headingId }: { history: TargetHistory; headingId: string }) {
  const { lang } = useT();
  const m = useMessages(targetMessages);
  const { current } = history;
  const inForce = currentCampaignVersion(history);
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className="panel target-current" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {m.currentTitle}
      </h3>
      <p className="target-current__formula">{m.formula(n(current.asnCount), n(current.workersPerAsn), n(current.target))}</p>
      <dl className="target-current__stats">
        <div className="stat">
          <dt className="stat__label">{m.asnLabel}</dt>
          <dd className="stat__value">{n(current.asnCount)}</dd>
        </div>
        <div className="stat">
          <dt className="stat__label">{m.ratioLabel}</dt>
          <dd className="stat__value">{n(current.workersPerAsn)}</dd>
        </div>
        <div className="stat target-current__target">
          <dt className="stat__label">{m.targetLabel}</dt>
          <dd className="stat__value">{n(current.target)}</dd>
        </div>
        <div className="stat">
          <dt className="stat__label">{m.deadlineLabel}</dt>
          <dd className="stat__value">{formatDate(current.deadline, lang)}</dd>
        </div>
      </dl>
      <p className="target-current__since">
        {inForce ? `${m.since(formatDate(inForce.effectiveFrom, lang))}. ` : null}
        {m.launch(formatDate(current.launchDate, lang))}.
      </p>
    </section>
  );
}
