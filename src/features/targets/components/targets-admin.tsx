import { useId, useState } from 'react';
import { AdminIntro } from '@/components/admin-intro';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { useMessages } from '@/lib/i18n/define-messages';
import { useTargets } from '../api/get-targets';
import { targetMessages } from '../messages';
import { CampaignTargetForm } from './campaign-target-form';
import { CurrentTarget } from './current-target';
import { TargetHistoryTable } from './target-history';
import { UnitTargets } from './unit-targets';
import '../targets.css';

/**
 * /admin/target: the campaign's target (ASN × workers per ASN, deadline) and each unit's ASN count, changed
 * with a confirmation, and the whole history of changes. A change of the campaign target is an event on every
 * time chart.
 */
export function TargetsAdmin({ csrfToken }: { csrfToken: string | null }) {
  const m = useMessages(targetMessages);
  const query = useTargets();
  const [notice, setNotice] = useState('');
  const ids = { current: useId(), change: useId(), units: useId(), history: useId() };

  let content;
  if (query.data) {
    const history = query.data;
    content = (
      <>
        <div className="targets-admin__top">
          <CurrentTarget history={history} headingId={ids.current} />
          <section className="panel target-change" aria-labelledby={ids.change}>
            <h3 id={ids.change} className="panel__title">
              {m.changeTitle}
            </h3>
            <p className="target-panel__intro">{m.changeIntro}</p>
            <CampaignTargetForm history={history} csrfToken={csrfToken} onSaved={setNotice} />
          </section>
        </div>
        <UnitTargets history={history} csrfToken={csrfToken} headingId={ids.units} onSaved={setNotice} />
        <TargetHistoryTable history={history} headingId={ids.history} />
      </>
    );
  } else if (query.isError && !query.isFetching) {
    content = <ErrorState onRetry={() => void query.refetch()} />;
  } else {
    content = <Skeleton lines={8} />;
  }

  return (
    <div className="targets-admin">
      <AdminIntro title={m.pageTitle} intro={m.pageIntro} notice={notice} />
      {content}
    </div>
  );
}
