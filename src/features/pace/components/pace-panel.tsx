import { useId, type ReactNode } from 'react';
import type { Timeseries } from '../../../../contract/timeseries';
import { DataStamp } from '@/components/data-stamp';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useDailyTimeseries } from '../api/get-daily-timeseries';
import { paceMessages } from '../messages';
import { buildPaceModel, daysPastDeadline, isPaceEmpty, type PaceModel } from '../pace-model';
import { formatPerWeek, HORIZON_YEARS, rangeText, windowName } from './pace-format';
import { RatesTable } from './pace-tables';
import '../pace.css';

/**
 * "Will we make it?": the projected date as a range, the rate still needed against the current pace, and
 * the next milestone. Big numbers for the projector; the first sentence alone answers on a phone.
 */
export function PacePanel() {
  const m = useMessages(paceMessages);
  const headingId = useId();
  const query = useDailyTimeseries();
  const { data } = query;

  let body: ReactNode;
  if (data === undefined) {
    body = query.isError && !query.isFetching ? <ErrorState onRetry={() => void query.refetch()} /> : <Skeleton lines={3} height="10rem" />;
  } else if (isPaceEmpty(data)) {
    body = <EmptyState />;
  } else {
    body = <PaceBody daily={data} />;
  }

  return (
    <section className="panel pace" aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h2 id={headingId} className="panel__title">
            {m.title}
          </h2>
          <DataStamp asOfDate={data?.asOfDate} />
        </div>
      </div>
      <div className="panel__body" aria-busy={query.isFetching}>
        {body}
      </div>
    </section>
  );
}

function PaceBody({ daily }: { daily: Timeseries }) {
  const model = buildPaceModel(daily);
  return (
    <>
      <PaceLead model={model} />
      <ul className="pace__cards" role="list">
        <li>
          <ProjectionCard model={model} />
        </li>
        <li>
          <CurrentCard model={model} />
        </li>
        <li>
          <NeededCard model={model} />
        </li>
        <li>
          <MilestoneCard model={model} />
        </li>
      </ul>
      <RatesTable model={model} compact />
    </>
  );
}

/** The one sentence: projected date and range, "already reached" or "no new registrations". */
export function PaceLead({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const { range, rates } = model;
  const likelyWindow = windowName(rates.last28, lang, m);

  let text: ReactNode;
  let tone: 'good' | 'bad' | 'plain' = 'plain';
  if (range.status === 'reached') {
    text = range.reachedOn ? m.leadReached(formatDate(range.reachedOn, lang)) : m.leadReachedUndated;
    tone = 'good';
  } else if (range.status === 'no-progress') {
    text = m.leadNoProgress(likelyWindow);
    tone = 'bad';
  } else if (range.status === 'beyond-horizon' || range.likely.projection.status !== 'projected') {
    text = m.leadBeyond(likelyWindow, formatNumber(HORIZON_YEARS, lang));
    tone = 'bad';
  } else {
    const between = rangeText(range.earliest, range.latest, lang, m);
    text = (
      <>
        {m.leadProjected(formatDate(range.likely.projection.date, lang), likelyWindow)}
        {between ? ` ${between}` : ''}.
      </>
    );
    tone = range.onOrBeforeDeadline ? 'good' : 'bad';
  }
  return <p className={`pace__lead pace__lead--${tone}`}>{text}</p>;
}

function Card({ label, value, detail, tone = 'plain' }: { label: string; value: ReactNode; detail?: ReactNode; tone?: 'good' | 'bad' | 'plain' }) {
  return (
    <div className={`pace-card pace-card--${tone}`}>
      <p className="pace-card__label">{label}</p>
      <p className="pace-card__value">{value}</p>
      {detail ? <p className="pace-card__detail">{detail}</p> : null}
    </div>
  );
}

function PerWeek({ value }: { value: string }) {
  const m = useMessages(paceMessages);
  return (
    <>
      {value} <span className="pace-card__unit">{m.perWeekUnit}</span>
    </>
  );
}

function ProjectionCard({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const { range, deadline } = model;
  const n = (value: number) => formatNumber(value, lang);
  if (range.status === 'reached') {
    return <Card label={m.projectionCard} value={m.projectionReached} detail={range.reachedOn ? formatDate(range.reachedOn, lang) : undefined} tone="good" />;
  }
  if (range.status === 'no-progress') return <Card label={m.projectionCard} value={m.projectionNone} tone="bad" />;
  const likely = range.likely.projection;
  if (likely.status !== 'projected') {
    return <Card label={m.projectionCard} value={m.projectionBeyond(n(HORIZON_YEARS))} tone="bad" />;
  }
  const past = daysPastDeadline(likely.date, deadline);
  const d = formatDate(deadline, lang);
  return (
    <Card
      label={m.projectionCard}
      value={formatDate(likely.date, lang)}
      tone={past <= 0 ? 'good' : 'bad'}
      detail={
        <>
          <span aria-hidden="true">{past <= 0 ? '✓ ' : '▼ '}</span>
          {past < 0 ? m.beforeDeadline(n(-past), d) : past === 0 ? m.onDeadline(d) : m.afterDeadline(n(past), d)}
        </>
      }
    />
  );
}

function CurrentCard({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const { last7, last28, sinceLaunch } = model.rates;
  const w = (perWeek: number) => formatPerWeek(perWeek, lang, m);
  return (
    <Card
      label={m.currentCard}
      value={<PerWeek value={w(last28.perWeek)} />}
      detail={
        <>
          {m.currentBasis(windowName(last28, lang, m))}
          <br />
          {m.otherRates(w(last7.perWeek), w(sinceLaunch.perWeek))}
        </>
      }
    />
  );
}

function NeededCard({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const { needed, verdict } = model;
  const n = (value: number) => formatNumber(value, lang);
  const d = formatDate(model.deadline, lang);
  if (needed.status === 'reached') return <Card label={m.neededCard} value={m.neededNone} detail={m.neededReachedDetail} tone="good" />;
  if (needed.status === 'overdue') return <Card label={m.neededCard} value={m.neededOverdue} detail={m.neededOverdueDetail(n(needed.remaining), d)} tone="bad" />;
  const weeks = formatNumber(Math.floor(needed.weeksLeft), lang);
  let verdictText: ReactNode = null;
  if (verdict.status === 'on-track') {
    const surplus = Math.round(verdict.surplusPerWeek);
    verdictText = (
      <strong className="pace-card__verdict">
        <span aria-hidden="true">✓ </span>
        {surplus > 0 ? m.onTrack(n(surplus)) : m.onTrackExact}
      </strong>
    );
  } else if (verdict.status === 'behind') {
    verdictText = (
      <strong className="pace-card__verdict">
        <span aria-hidden="true">▼ </span>
        {m.behind(n(Math.max(1, Math.round(verdict.shortfallPerWeek))), formatPercent(verdict.ratio, lang))}
      </strong>
    );
  }
  return (
    <Card
      label={m.neededCard}
      value={<PerWeek value={n(needed.perWeekWhole)} />}
      tone={verdict.status === 'on-track' ? 'good' : 'bad'}
      detail={
        <>
          {m.neededDetail(d, weeks)}
          <br />
          {verdictText}
        </>
      }
    />
  );
}

function MilestoneCard({ model }: { model: PaceModel }) {
  const m = useMessages(paceMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const pct = (percent: number) => `${n(percent)}%`;
  const last = model.milestones.last;
  const lastText = last?.reachedOn ? m.milestoneLast(pct(last.percent), formatDate(last.reachedOn, lang)) : null;
  const next = model.nextMilestone;
  if (!next) return <Card label={m.milestoneNone} value="—" detail={lastText} />;
  const toGo = n(next.milestone.count - model.current);
  const p = next.projection;
  return (
    <Card
      label={m.milestoneCard(pct(next.milestone.percent))}
      value={n(next.milestone.count)}
      detail={
        <>
          {p.status === 'projected' ? m.milestoneExpected(formatDate(p.date, lang), toGo) : m.milestoneNoProjection(toGo)}
          {lastText ? (
            <>
              <br />
              {lastText}
            </>
          ) : null}
        </>
      }
    />
  );
}
