import { useMemo } from 'react';
import { linePath, type Curve } from '@/lib/charts/paths';
import { linearScale } from '@/lib/charts/scale';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import type { PaceSlideModel } from '../../models/pace-slide';
import type { DeckPalette } from '../../models/theme';
import { AXIS_FONT, CHART_HEIGHT, CHART_WIDTH, LABEL_FONT } from './pace-slide-geometry';
import '@/components/charts/charts.css';

// Not TimeChart: the slide is scaled with a CSS transform, so a measured width would be the scaled one; the
// deck draws at its fixed slide size in the deck's palette, with no pointer layers (nobody hovers a projector).
const PLOT_LEFT = 8 + AXIS_FONT * 4;
const PLOT_RIGHT = CHART_WIDTH - 24;
const PLOT_TOP = LABEL_FONT * 2;
const PLOT_BOTTOM = CHART_HEIGHT - 8 - 56;
const TICK = 6;

/** The pace slide's chart, in a chunk of its own: the deck opens on its headline without the chart code. */
export default function PaceSlidePlot({ model, palette: p }: { model: PaceSlideModel; palette: DeckPalette }) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const deadline = formatDate(model.deadline, lang);
  const x = useMemo(() => linearScale(model.xDomain, [PLOT_LEFT, PLOT_RIGHT]), [model.xDomain]);
  const y = useMemo(() => linearScale([0, model.yMax], [PLOT_BOTTOM, PLOT_TOP]), [model.yMax]);
  const line = (key: 'cumulative' | 'pace', curve: Curve) =>
    linePath(
      model.rows.flatMap((row) => {
        const v = row[key];
        return v === undefined || !Number.isFinite(v) ? [] : [{ x: x(row.t), y: y(v) }];
      }),
      curve,
    );
  const targetY = y(model.target);

  return (
    <div className="chart-plot pace-slide-plot">
      <svg className="chart-surface" width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}>
        <g className="chart-grid">
          {model.yTicks.map((v) => (
            <line key={v} x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={y(v)} y2={y(v)} stroke={p.grid} strokeWidth={2} />
          ))}
        </g>
        <g className="chart-axis chart-axis--x" fontSize={AXIS_FONT} fill={p.ink}>
          <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke={p.ink} strokeWidth={2} />
          {model.xTicks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM + TICK} stroke={p.ink} strokeWidth={2} />
              <text x={x(t)} y={PLOT_BOTTOM + TICK + 10} dy="0.71em" textAnchor="middle">
                {formatMonth(msToIsoDate(t), lang)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-axis chart-axis--y" fontSize={AXIS_FONT} fill={p.ink}>
          <line x1={PLOT_LEFT} x2={PLOT_LEFT} y1={PLOT_TOP} y2={PLOT_BOTTOM} stroke={p.ink} strokeWidth={2} />
          {model.yTicks.map((v) => (
            <g key={v}>
              <line x1={PLOT_LEFT - TICK} x2={PLOT_LEFT} y1={y(v)} y2={y(v)} stroke={p.ink} strokeWidth={2} />
              <text x={PLOT_LEFT - TICK - 4} y={y(v)} dy="0.35em" textAnchor="end">
                {n(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-reference">
          <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={targetY} y2={targetY} stroke={p.ink} strokeWidth={5} strokeDasharray="6 10" />
        </g>
        <g className="chart-series">
          <path className="chart-line" d={line('cumulative', 'monotone')} fill="none" stroke={p.green} strokeWidth={10} strokeLinejoin="round" />
          <path className="chart-line" d={line('pace', 'linear')} fill="none" stroke={p.blue} strokeWidth={7} strokeDasharray="22 14" strokeLinejoin="round" />
        </g>
        {model.goal ? <EndLabel cx={x(model.goal.t)} cy={y(model.goal.value)} text={m.targetEnd(n(model.target), deadline)} colour={p.blue} background={p.bg} /> : null}
        <EndLabel cx={x(model.latest.t)} cy={y(model.latest.value)} text={n(model.latest.value)} colour={p.green} background={p.bg} />
      </svg>
    </div>
  );
}

/** An end point drawn with its value beside it, above and to the left, clear of the line arriving from the left. */
function EndLabel({ cx, cy, text, colour, background }: { cx: number; cy: number; text: string; colour: string; background: string }) {
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
