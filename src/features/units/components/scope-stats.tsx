import { useId } from 'react';
import type { Interval, TimeseriesPoint } from '../../../../contract/timeseries';
import { DataStamp } from '@/components/data-stamp';
import { StatCard } from '@/components/stat-card';
import { ProgressMeter } from '@/features/summary/components/progress-meter';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { buildScopeProgress, type CampaignDates, type ProgressFields, type ScopeProgress } from '../models/scope-progress-model';
import { bucketWhen, perWeekText } from './unit-format';

interface ScopeStatsProps {
  name: string;
  row: ProgressFields;
  dates: CampaignDates;
  workersPerAsn: number;
  /** The trend's series, once loaded: dates the milestones. */
  series?: { interval: Interval; points: readonly TimeseriesPoint[] };
}

/** A unit's or kecamatan's own progress, pace, needed rate, projection and cover ending soon. */
export function ScopeStats({ name, row, dates, workersPerAsn, series }: ScopeStatsProps) {
  const m = useMessages(unitsMessages);
  const lang = useLang();
  const headingId = useId();
  const n = (value: number) => formatNumber(value, lang);
  const stats = buildScopeProgress(row, dates, series?.points);
  const pct = formatPercent(stats.progress, lang);

  return (
    <section className="panel scope-stats" aria-labelledby={headingId}>
      <div className="panel__head">
        <div>
          <h3 id={headingId} className="panel__title">
            {m.statsTitle}
          </h3>
          <DataStamp asOfDate={dates.asOfDate} />
        </div>
      </div>
      <div className="scope-stats__grid">
        <div className="scope-stats__main">
          <p className="scope-stats__figure">
            <span className="scope-stats__big">{n(stats.registered)}</span>{' '}
            <span className="scope-stats__of">{m.ofTarget(n(stats.target))}</span>
          </p>
          <p className="scope-stats__basis">{m.targetBasis(n(row.asnCount), n(workersPerAsn))}</p>
          {stats.target > 0 ? (
            <>
              <ProgressMeter ratio={stats.progress} label={m.progressLabel} valueLabel={pct} valueText={m.progressOfTarget(pct)} />
              <p className="scope-stats__remaining">{stats.remaining > 0 ? m.remaining(n(stats.remaining)) : m.exceeded(n(stats.exceeded))}</p>
            </>
          ) : (
            <p className="scope-stats__remaining">{m.noTarget}</p>
          )}
        </div>
        {stats.target > 0 ? <NeededCallout name={name} stats={stats} deadline={dates.deadline} /> : null}
      </div>

      <div className="scope-stats__cards">
        {(['last7', 'last28', 'sinceLaunch'] as const).map((window) => {
          const rate = stats.pace[window];
          return (
            <StatCard
              key={window}
              label={m.paceWindows[window]}
              value={m.workers(n(rate.registered))}
              detail={`${perWeekText(m, rate.perWeek, lang)}${rate.partial ? ` ${m.partialWindow(n(rate.days))}` : ''}`}
            />
          );
        })}
        <ProjectionCard stats={stats} />
        <StatCard
          label={m.activeTitle}
          value={n(stats.active)}
          detail={stats.registered > 0 ? m.activeDetail(formatPercent(stats.active / stats.registered, lang)) : undefined}
        />
        <StatCard label={m.expiringTitle} value={n(stats.expiringNext30Days)} detail={m.expiringDetail} tone={stats.expiringNext30Days > 0 ? 'down' : 'default'} />
      </div>

      <p className="scope-stats__last">
        {stats.lastRegistration ? m.lastRegistration(formatDate(stats.lastRegistration, lang)) : m.noRegistrationYet}
      </p>

      {stats.milestones.milestones.length > 0 ? (
        <div className="milestones">
          <h4 className="milestones__title">{m.milestonesTitle}</h4>
          <ol className="milestones__list">
            {stats.milestones.milestones.map((ms) => {
              const label = `${ms.percent}%`;
              return (
                <li key={ms.percent} className={ms.reached ? 'milestone milestone--reached' : 'milestone'}>
                  <span className="milestone__mark" aria-hidden="true">
                    {ms.reached ? '✓' : '○'}
                  </span>
                  {ms.reached
                    ? ms.reachedOn && series
                      ? m.milestoneReached(label, bucketWhen(m, series.interval, ms.reachedOn, lang))
                      : m.milestoneReachedUndated(label)
                    : m.milestonePending(label, n(ms.count - stats.registered))}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </section>
  );
}

function NeededCallout({ name, stats, deadline }: { name: string; stats: ScopeProgress; deadline: string }) {
  const m = useMessages(unitsMessages);
  const lang = useLang();
  const n = (value: number) => formatNumber(value, lang);
  const { needed, verdict } = stats;
  if (needed.status === 'reached') {
    return (
      <div className="needed needed--done">
        <p className="needed__headline">{m.neededReached(name)}</p>
      </div>
    );
  }
  if (needed.status === 'overdue') {
    return (
      <div className="needed needed--behind">
        <p className="needed__headline">{m.neededOverdue(n(needed.remaining))}</p>
      </div>
    );
  }
  const pace = perWeekText(m, stats.pace.last28.perWeek, lang);
  const behind = verdict.status === 'behind';
  return (
    <div className={`needed ${behind ? 'needed--behind' : 'needed--ok'}`}>
      <p className="needed__headline">{m.neededHeadline(name, n(needed.perWeekWhole))}</p>
      <p className="needed__detail">{m.neededDetail(formatDate(deadline, lang), n(Math.floor(needed.weeksLeft)))}</p>
      <p className="needed__verdict">{behind ? m.verdictBehind(pace) : m.verdictOnTrack(pace)}</p>
    </div>
  );
}

function ProjectionCard({ stats }: { stats: ScopeProgress }) {
  const m = useMessages(unitsMessages);
  const lang = useLang();
  const p = stats.projection;
  if (stats.target === 0) return null;
  if (p.status === 'reached') {
    return (
      <StatCard
        label={m.projectionTitle}
        value={m.projectionReached}
        detail={p.reachedOn ? m.projectionReachedOn(formatDate(p.reachedOn, lang)) : undefined}
        tone="up"
      />
    );
  }
  if (p.status === 'no-progress') {
    return <StatCard label={m.projectionTitle} value={m.projectionNoProgress} detail={m.projectionNoProgressDetail} tone="down" />;
  }
  if (p.likely.projection.status !== 'projected') {
    return <StatCard label={m.projectionTitle} value={m.projectionBeyond} detail={m.projectionBasis(m.paceWindows[p.likely.window])} tone="down" />;
  }
  const early = p.earliest.projection;
  const late = p.latest.projection;
  // A range of two dates; when the slowest rate never gets there, only the earliest date.
  const range =
    early.status !== 'projected' ? null
    : late.status !== 'projected' ? m.projectionEarliest(formatDate(early.date, lang))
    : early.date === late.date ? null
    : m.projectionRange(formatDate(early.date, lang), formatDate(late.date, lang));
  return (
    <StatCard
      label={m.projectionTitle}
      value={formatDate(p.likely.projection.date, lang)}
      tone={p.onOrBeforeDeadline ? 'up' : 'down'}
      detail={
        <>
          {m.projectionBasis(m.paceWindows[p.likely.window])}.{range ? <span className="stat__more">{range}</span> : null}
        </>
      }
    />
  );
}
