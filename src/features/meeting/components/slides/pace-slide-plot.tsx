import { CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, XAxis, YAxis } from '@/lib/charts/recharts';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import type { PaceSlideModel } from '../../models/pace-slide';
import type { DeckPalette } from '../../models/theme';
import { AXIS_FONT, CHART_HEIGHT, CHART_WIDTH, LABEL_FONT } from './pace-slide-geometry';

/** The pace slide's chart, in a chunk of its own: the deck opens on its headline without recharts. */
export default function PaceSlidePlot({ model, palette: p }: { model: PaceSlideModel; palette: DeckPalette }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const deadline = formatDate(model.deadline, lang);
  return (
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
