import { lazy, Suspense } from 'react';
import type { Timeseries } from '../../../../../contract/timeseries';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { buildPaceSlide, type PaceSlideModel } from '../../models/pace-slide';
import type { DeckPalette } from '../../models/theme';
import { SlideData, SlideLayout } from '../slide-layout';
import { CHART_HEIGHT, CHART_WIDTH } from './pace-slide-geometry';
import type { SlideProps } from './slide-props';

const loadPlot = () => import('./pace-slide-plot');
const PaceSlidePlot = lazy(loadPlot);

/**
 * The deck must work offline once opened: fetch the chart's code while the connection is there (after the
 * first slide is on screen), so the service worker keeps it before anyone moves to this slide.
 */
export function preloadPaceSlide(): void {
  void loadPlot().catch(() => undefined);
}

/** 2: registrations over time against the line still needed to reach the target on the deadline. */
export function PaceSlide({ data, index, count, palette }: SlideProps) {
  const m = useMessages(meetingMessages);
  return (
    <SlideLayout title={m.slideNames.laju} index={index} count={count} summary={data.summary.data}>
      <SlideData query={data.weekly} isEmpty={(weekly) => buildPaceSlide(weekly, undefined) === null}>
        {(weekly) => <PaceBody weekly={weekly} daily={data.daily.data} palette={palette} />}
      </SlideData>
    </SlideLayout>
  );
}

function PaceBody({ weekly, daily, palette }: { weekly: Timeseries; daily: Timeseries | undefined; palette: DeckPalette }) {
  const model = buildPaceSlide(weekly, daily);
  if (!model) return null;
  return (
    <div className="pace-slide">
      <PaceChart model={model} palette={palette} />
      <PaceFigures model={model} />
    </div>
  );
}

function PaceChart({ model, palette: p }: { model: PaceSlideModel; palette: DeckPalette }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const deadline = formatDate(model.deadline, lang);
  return (
    <figure className="pace-slide__chart">
      <div className="pace-slide__plot" role="img" aria-label={m.chartLabel(n(model.latest.value), n(model.target), deadline)}>
        <Suspense fallback={<div style={{ width: CHART_WIDTH, height: CHART_HEIGHT }} />}>
          <PaceSlidePlot model={model} palette={p} />
        </Suspense>
      </div>
      <figcaption className="pace-slide__legend">
        <span className="legend-item">
          <svg width="64" height="20" aria-hidden="true">
            <line x1="0" y1="10" x2="64" y2="10" stroke={p.green} strokeWidth="10" />
          </svg>
          {m.seriesRegistered}
        </span>
        {model.goal ? (
          <span className="legend-item">
            <svg width="64" height="20" aria-hidden="true">
              <line x1="0" y1="10" x2="64" y2="10" stroke={p.blue} strokeWidth="7" strokeDasharray="22 14" />
            </svg>
            {m.seriesNeeded}
          </span>
        ) : null}
        <span className="legend-item">
          <svg width="64" height="20" aria-hidden="true">
            <line x1="0" y1="10" x2="64" y2="10" stroke={p.ink} strokeWidth="5" strokeDasharray="6 10" />
          </svg>
          {m.seriesTarget} {n(model.target)}
        </span>
      </figcaption>
    </figure>
  );
}

function PaceFigures({ model }: { model: PaceSlideModel }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const pace = model.pace;
  if (!pace) return null;
  const current = pace.rates.last28.perWeek;
  const needed = pace.needed;
  const verdict = pace.verdict;
  return (
    <dl className="pace-slide__figures">
      <div className="figure figure--green">
        <dt>{m.currentPace}</dt>
        <dd>
          <span className="figure__number">{n(current)}</span> <span className="figure__unit">{m.perWeek}</span>
        </dd>
      </div>
      {needed.status === 'needed' ? (
        <div className="figure figure--blue">
          <dt>{m.neededPace(formatDate(pace.deadline, lang))}</dt>
          <dd>
            <span className="figure__number">{n(needed.perWeekWhole)}</span> <span className="figure__unit">{m.perWeek}</span>
          </dd>
        </div>
      ) : null}
      <div className={`verdict verdict--${verdict.status}`}>
        <dt className="visually-hidden">{m.slideNames.laju}</dt>
        <dd>
          {verdict.status === 'on-track'
            ? m.onTrack
            : verdict.status === 'behind'
              ? m.behind(n(Math.ceil(verdict.shortfallPerWeek)))
              : verdict.status === 'reached'
                ? m.reached
                : m.overdue(n(verdict.remaining))}
        </dd>
      </div>
    </dl>
  );
}
