import { Link } from 'react-router';
import type { Ranking } from '../../../../contract/ranking';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { rankingMetricParam } from '@/lib/url-state/params';
import type { RegionPace } from '@/lib/analytics/rank-gap';
import { useCampaignDeadline } from '../api/get-campaign-deadline';
import { useRankingHistory } from '../api/get-ranking-history';
import { rankingMessages } from '../messages';
import { buildRaceModel, type RaceEntry, type RaceGap, type RaceModel } from './race-model';
import { formatPoints, regionLabel } from './ranking-text';
import '../ranking.css';

type Variant = 'compact' | 'full';

/**
 * The race for the campaign region: gap to the region above and to first place, margin over the region
 * below, each in workers and in days at current paces, and the sentence that says whether it passes.
 * `compact` sits in the overview's ranking section; `full` leads the /peringkat page.
 */
export function RacePanel({ ranking, variant }: { ranking: Ranking; variant: Variant }) {
  const history = useRankingHistory({ metric: ranking.metric });
  const deadline = useCampaignDeadline();
  const historyReady = history.data !== undefined && history.data.metric === ranking.metric;

  if (!historyReady || deadline.isPending) {
    if (history.isError && !history.isFetching) return <ErrorState onRetry={() => void history.refetch()} />;
    return <Skeleton lines={variant === 'full' ? 5 : 3} />;
  }
  // Without the deadline (summary failed) the outcomes are judged only against the projection horizon.
  const model = buildRaceModel(ranking, history.data, deadline.data ?? null);
  if (!model) return null;
  return <RaceBody model={model} variant={variant} provinceName={ranking.provinceName} />;
}

function useRaceWords() {
  const { t, lang } = useT();
  const m = useMessages(rankingMessages);
  const n = (value: number) => formatNumber(value, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const label = (entry: RaceEntry) => regionLabel(t, entry.row);
  return { t, m, lang, n, date, label };
}

function RaceBody({ model, variant, provinceName }: { model: RaceModel; variant: Variant; provinceName: string }) {
  const { t, m, n, label } = useRaceWords();
  const { race } = model;
  const self = label(race.self);
  const gaps: { key: string; gap: RaceGap; chasing: boolean }[] = [
    ...(model.above ? [{ key: 'above', gap: model.above, chasing: true }] : []),
    ...(model.leader ? [{ key: 'leader', gap: model.leader, chasing: true }] : []),
    ...(model.below ? [{ key: 'below', gap: model.below, chasing: false }] : []),
  ];

  return (
    <div className={`race race--${variant}`}>
      {variant === 'full' ? (
        <p className="race__rank">{t.rankSentence(self, n(race.self.rank), n(model.total))}</p>
      ) : null}
      <p className="race__verdict">
        <Verdict model={model} provinceName={provinceName} />
        {race.tiedWith.length > 0 ? ` ${m.tiedWith(race.tiedWith.map(label).join(', '))}` : null}
      </p>
      {gaps.length > 0 ? (
        <ul className="race__gaps" aria-label={m.raceListLabel}>
          {gaps.map(({ key, gap, chasing }) => (
            <GapItem key={key} gap={gap} chasing={chasing} self={self} metric={model.metric} deadline={race.deadline} variant={variant} />
          ))}
        </ul>
      ) : null}
      <Paces model={model} />
    </div>
  );
}

function Verdict({ model, provinceName }: { model: RaceModel; provinceName: string }) {
  const { m, date, label } = useRaceWords();
  const { race } = model;
  const self = label(race.self);
  const above = race.above;
  if (!above) return <>{m.best(self, provinceName)}</>;
  const other = label(above.other);
  switch (above.outcome) {
    case 'passes':
      return <>{m.passes(self, other, date(above.date!))}</>;
    case 'after-deadline':
      return <>{race.deadline ? m.notBeforeDeadline(self, other, date(race.deadline)) : m.never(self, other)}</>;
    case 'never':
      return <>{m.never(self, other)}</>;
    case 'unknown':
      return <>{m.unknownPace}</>;
  }
}

function GapItem({ gap, chasing, self, metric, deadline, variant }: {
  gap: RaceGap;
  chasing: boolean;
  self: string;
  metric: RaceModel['metric'];
  deadline: string | null;
  variant: Variant;
}) {
  const { m, lang, n, date, label } = useRaceWords();
  const { pursuit } = gap;
  const other = label(pursuit.other);
  const rank = n(pursuit.other.rank);
  const amount = metric === 'count' ? m.workers(n(gap.workers)) : m.points(formatPoints(pursuit.gap, lang));
  // Percentages in workers too: what the chaser must add, with its own civil servants, to draw level.
  const needed = metric === 'percent' ? m.workersNeeded(chasing ? self : other, n(gap.workers)) : null;

  let time: string;
  if (pursuit.outcome === 'passes') time = (chasing ? m.inDays : m.catchesUsIn)(n(pursuit.days!), date(pursuit.date!));
  else if (pursuit.outcome === 'after-deadline' && deadline) time = (chasing ? m.notBefore : m.catchesNotBefore)(date(deadline));
  else if (pursuit.outcome === 'unknown') time = m.paceUnknown;
  else time = chasing ? m.notAtThisPace : m.catchesNever;

  const className = `race-gap race-gap--${chasing ? 'chase' : 'lead'} race-gap--${pursuit.outcome}`;
  if (variant === 'compact') {
    return (
      <li className={className}>
        <span className="race-gap__size">
          {(chasing ? m.behindRegion : m.aheadOfRegion)(amount, other, rank)}
          {needed ? <span className="race-gap__equiv"> · {needed}</span> : null}
        </span>
        <span className="race-gap__time">{time}</span>
      </li>
    );
  }
  return (
    <li className={className}>
      <span className="race-gap__who">{chasing ? m.toRank(rank, other) : m.behindUs(rank, other)}</span>
      <span className="race-gap__size">
        {(chasing ? m.short : m.ahead)(amount)}
        {needed ? <span className="race-gap__equiv"> ({needed})</span> : null}
      </span>
      <span className="race-gap__time">{time}</span>
    </li>
  );
}

/** Whose paces the verdicts rest on: the campaign region's and those of the regions it races. */
function Paces({ model }: { model: RaceModel }) {
  const { m, lang, n, date, label } = useRaceWords();
  const window = model.paceWindow;
  if (!window) return null;
  const racers = [model.race.self, model.above?.pursuit.other, model.leader?.pursuit.other, model.below?.pursuit.other].filter(
    (e): e is NonNullable<typeof e> => e !== undefined,
  );
  const perWeek = (pace: RegionPace | null) => {
    if (!pace) return m.paceUnknown;
    const week = pace.perDay * 7;
    return model.metric === 'count' ? m.perWeekWorkers(n(week)) : m.perWeekPoints(formatPoints(week, lang));
  };
  return (
    <div className="race__paces">
      <p className="race__paces-title">{m.pacesTitle(n(window.days), date(window.from), date(window.to))}</p>
      <ul className="race__pace-list">
        {racers.map((entry) => (
          <li key={entry.code}>
            {label(entry)}: <span className="race__pace">{perWeek(entry.paceWindow)}</span>
          </li>
        ))}
      </ul>
      {window.full ? null : <p className="race__note">{m.pacesShort(n(window.days))}</p>}
    </div>
  );
}

/** From the overview to /peringkat, keeping the language and the metric. */
export function FullRaceLink({ metric }: { metric: Ranking['metric'] }) {
  const { lang } = useT();
  const m = useMessages(rankingMessages);
  return (
    <Link className="race__link" to={localizedTo('/peringkat', lang, metric === rankingMetricParam.defaultValue ? {} : { metric })}>
      {m.seeFullRace}
      <span aria-hidden="true"> →</span>
    </Link>
  );
}
