import type { Summary } from '../../../../contract/summary';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { StatCard } from '@/components/stat-card';
import { daysBetween, todayInWib } from '../../../../contract/dates';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useSummary } from '../api/get-summary';
import { ProgressMeter } from './progress-meter';

/** The first thing on the page and the only section with no chart code: it must paint at once. */
export function Headline() {
  const { t } = useT();
  const query = useSummary();
  const { data } = query;

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline__title">
        {t.headlineTitle}
      </h2>
      {data ? (
        <HeadlineBody summary={data} />
      ) : query.isError && !query.isFetching ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : (
        <div className="headline__pending">
          <Skeleton lines={3} />
        </div>
      )}
    </section>
  );
}

function HeadlineBody({ summary }: { summary: Summary }) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const remaining = summary.target - summary.registered;
  const hasData = summary.asOf !== null || summary.registered > 0;

  return (
    <div className="headline__grid">
      <div className="headline__main">
        <p className="headline__figure">
          <span className="headline__big">{n(summary.registered)}</span>{' '}
          <span className="headline__of">{t.ofTarget(n(summary.target))}</span>
        </p>
        <p className="headline__motto">
          <span className="headline__quote">“{t.motto}”</span>
          <span className="headline__basis">{t.targetBasis(n(summary.asnCount), n(summary.workersPerAsn))}</span>
        </p>
        <ProgressMeter
          ratio={summary.progress}
          label={t.progressLabel}
          valueLabel={formatPercent(summary.progress, lang)}
          valueText={t.progressOfTarget(formatPercent(summary.progress, lang))}
        />
        <p className="headline__remaining">
          {remaining > 0 ? t.remainingToTarget(n(remaining)) : t.targetExceeded(n(-remaining))}
        </p>
      </div>
      {hasData ? <HeadlineStats summary={summary} /> : <EmptyState />}
    </div>
  );
}

function HeadlineStats({ summary }: { summary: Summary }) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const change = summary.newThisWeek - summary.newLastWeek;
  const last = n(summary.newLastWeek);
  const daysLeft = daysBetween(todayInWib(), summary.deadline);

  return (
    <ul className="headline__stats" role="list">
      <li>
        <StatCard
          label={t.activeTitle}
          value={n(summary.active)}
          detail={t.activeDetail(formatPercent(summary.activeShare, lang))}
        />
      </li>
      <li>
        <StatCard
          label={t.newWeekTitle}
          value={n(summary.newThisWeek)}
          tone={change > 0 ? 'up' : change < 0 ? 'down' : 'default'}
          detail={
            <>
              <span aria-hidden="true">{change > 0 ? '▲ ' : change < 0 ? '▼ ' : '■ '}</span>
              {change > 0 ? t.changeUp(n(change), last) : change < 0 ? t.changeDown(n(-change), last) : t.changeSame(last)}
            </>
          }
        />
      </li>
      <li className="headline__stat--wide">
        <StatCard
          label={t.contributionTitle}
          value={formatRupiah(summary.monthlyContributionsTotal, lang)}
          detail={t.contributionDetail(n(summary.active), formatRupiah(summary.monthlyContribution, lang))}
        />
      </li>
      <li className="headline__stat--wide">
        <StatCard
          label={t.deadlineTitle}
          value={daysLeft > 0 ? t.daysLeft(n(daysLeft)) : daysLeft === 0 ? t.deadlineToday : t.deadlinePassed(n(-daysLeft))}
          detail={t.deadlineOn(formatDate(summary.deadline, lang))}
        />
      </li>
    </ul>
  );
}
