import { CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Timeseries } from '../../../../../contract/timeseries';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { buildPaceSlide, type PaceSlideModel } from '../../models/pace-slide';
import type { DeckPalette } from '../../models/theme';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** Chart geometry in slide units (the slide is 1920 x 1080). */
const CHART_WIDTH = 1140;
const CHART_HEIGHT = 690;
const AXIS_FONT = 28;
const LABEL_FONT = 38;

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
        <ComposedChart
          width={CHART_WIDTH}
          height={CHART_HEIGHT}
          data={model.rows}
          margin={{ top: LABEL_FONT * 2, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={p.grid} strokeWidth={2} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={model.xDomain}
            ticks={model.xTicks}
            tickFormatter={(ms: number) => formatMonth(msToIsoDate(ms), lang)}
            tick={{ fontSize: AXIS_FONT, fill: p.ink }}
            stroke={p.ink}
            strokeWidth={2}
            tickMargin={10}
            height={56}
          />
          <YAxis
            domain={[0, model.yMax]}
            ticks={model.yTicks}
            tickFormatter={n}
            tick={{ fontSize: AXIS_FONT, fill: p.ink }}
            stroke={p.ink}
            strokeWidth={2}
            width={AXIS_FONT * 4}
            allowDecimals={false}
          />
          <ReferenceLine y={model.target} stroke={p.ink} strokeWidth={5} strokeDasharray="6 10" />
          <Line dataKey="cumulative" type="monotone" stroke={p.green} strokeWidth={10} dot={false} isAnimationActive={false} connectNulls />
          <Line dataKey="pace" type="linear" stroke={p.blue} strokeWidth={7} strokeDasharray="22 14" dot={false} isAnimationActive={false} connectNulls />
          {model.goal ? (
            <ReferenceDot
              x={model.goal.t}
              y={model.goal.value}
              r={12}
              shape={(props: DotProps) => <EndLabel {...props} text={m.targetEnd(n(model.target), deadline)} colour={p.blue} background={p.bg} />}
            />
          ) : null}
          <ReferenceDot
            x={model.latest.t}
            y={model.latest.value}
            r={14}
            shape={(props: DotProps) => <EndLabel {...props} text={n(model.latest.value)} colour={p.green} background={p.bg} />}
          />
        </ComposedChart>
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

interface DotProps {
  cx?: number;
  cy?: number;
}

/** An end point drawn with its value beside it, above and to the left, clear of the line arriving from the left. */
function EndLabel({ cx, cy, text, colour, background }: DotProps & { text: string; colour: string; background: string }) {
  if (cx === undefined || cy === undefined) return null;
  return (
    <g>
      <circle cx={cx} cy={cy} r={14} fill={colour} stroke={background} strokeWidth={4} />
      <text
        x={cx - 20}
        y={cy - 26}
        textAnchor="end"
        fontSize={LABEL_FONT}
        fontWeight={800}
        fill={colour}
        stroke={background}
        strokeWidth={8}
        paintOrder="stroke"
      >
        {text}
      </text>
    </g>
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
