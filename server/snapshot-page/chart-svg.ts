import { areaPoints, polylinePoints, stackMarkers, xPercent, yPixel, type Frame, type Point, type Tick } from './chart-model';
import { barPercent } from './format';
import { html, type Html } from './html';

/** Line colours, one CSS class each (page-styles.ts); the legend uses the same classes. */
export type Tone = 'main' | 'live' | 'muted' | 'alt' | 'blue';

export interface LineSeries {
  points: readonly Point[];
  tone: Tone;
  /** A light fill under the line (the chart's main series). */
  area?: boolean;
}

export interface LineChartSpec {
  /** The chart's text alternative: what it shows and its key numbers. */
  label: string;
  frame: Omit<Frame, 'top' | 'bottom' | 'height'>;
  height?: number;
  yTicks: readonly Tick[];
  /** X labels; the first is anchored at its start, the last at its end, others centred. */
  xTicks: readonly Tick[];
  series: readonly LineSeries[];
  /** Horizontal runs, e.g. the target over time, with a label at the last run's right end. */
  steps?: { runs: readonly { x1: number; x2: number; value: number }[]; label: string };
  /** A straight guide from one point to another, e.g. the pace still needed. */
  guide?: { from: Point; to: Point };
  /** A dotted vertical line, e.g. at the data's date. */
  rule?: { x: number };
  /** Numbered event markers on the x axis; sorted by x. */
  markers?: readonly { x: number; label: string; title: string }[];
}

const AXIS_SPACE = 24;
const TOP = 18;

export function lineChart(spec: LineChartSpec): Html {
  const height = spec.height ?? 250;
  const frame: Frame = { ...spec.frame, height, top: TOP, bottom: height - AXIS_SPACE };
  const plotHeight = frame.bottom - frame.top;
  // A tick label sits just above its grid line; one the target line would strike through is left out.
  const busy = (spec.steps?.runs ?? []).map((r) => yPixel(frame, r.value));
  const grid = spec.yTicks.map((t) => {
    const y = yPixel(frame, t.value);
    const clear = busy.every((b) => b > y + 2 || b < y - 18);
    return html`<line class="grid" x1="0" x2="100%" y1="${y}" y2="${y}"/>${t.label && clear ? html`<text class="ytick" x="0" y="${y - 4}">${t.label}</text>` : ''}`;
  });
  const xLabels = spec.xTicks.map((t, i) => {
    const anchor = i === 0 && spec.xTicks.length > 1 ? 'start' : i === spec.xTicks.length - 1 ? 'end' : 'middle';
    return html`<text class="xtick" x="${xPercent(frame, t.value)}%" y="${height - 6}" text-anchor="${anchor}">${t.label}</text>`;
  });
  const lastRun = spec.steps?.runs.at(-1);
  const steps = spec.steps
    ? html`${spec.steps.runs.map((r, i) => {
        const y = yPixel(frame, r.value);
        const prev = spec.steps!.runs[i - 1];
        const riser = prev ? html`<line class="target" x1="${xPercent(frame, r.x1)}%" x2="${xPercent(frame, r.x1)}%" y1="${yPixel(frame, prev.value)}" y2="${y}"/>` : '';
        return html`${riser}<line class="target" x1="${xPercent(frame, r.x1)}%" x2="${xPercent(frame, r.x2)}%" y1="${y}" y2="${y}"/>`;
      })}${lastRun ? html`<text class="tlabel" x="100%" y="${yPixel(frame, lastRun.value) - 5}" text-anchor="end">${spec.steps.label}</text>` : ''}`
    : '';
  const guide = spec.guide
    ? html`<line class="guide" x1="${xPercent(frame, spec.guide.from.x)}%" y1="${yPixel(frame, spec.guide.from.y)}" x2="${xPercent(frame, spec.guide.to.x)}%" y2="${yPixel(frame, spec.guide.to.y)}"/>`
    : '';
  const rule = spec.rule
    ? html`<line class="rule" x1="${xPercent(frame, spec.rule.x)}%" x2="${xPercent(frame, spec.rule.x)}%" y1="${frame.top - 4}" y2="${frame.bottom}"/>`
    : '';
  const series = html`<svg x="0" y="${frame.top}" width="100%" height="${plotHeight}" viewBox="0 0 1000 ${plotHeight}" preserveAspectRatio="none">${spec.series.map(
    (s) =>
      html`${s.area ? html`<polygon class="area" points="${areaPoints(frame, s.points)}"/>` : ''}<polyline class="s-${s.tone}" points="${polylinePoints(frame, s.points)}" vector-effect="non-scaling-stroke"/>`,
  )}</svg>`;
  const markers = spec.markers ? eventMarkers(frame, spec.markers) : '';
  return html`<svg class="chart" width="100%" height="${height}" role="img" aria-label="${spec.label}">${grid}${steps}${rule}${series}${guide}${markers}${xLabels}</svg>`;
}

function eventMarkers(frame: Frame, markers: readonly { x: number; label: string; title: string }[]): Html {
  const placed = stackMarkers(markers.map((m) => xPercent(frame, m.x)));
  return html`${markers.map((m, i) => {
    const { x, level } = placed[i]!;
    const cy = frame.bottom - 9 - level * 19;
    return html`<g class="marker"><title>${m.title}</title><circle cx="${x}%" cy="${cy}" r="8.5"/><text x="${x}%" y="${cy + 3.5}" text-anchor="middle">${m.label}</text></g>`;
  })}`;
}

/** A horizontal bar for a share (drawn clipped to 100%; the number beside it is not). Decorative: the text says it. */
export function bar(ratio: number, tone: 'main' | 'low' | 'live' = 'main'): Html {
  return html`<svg class="bar" width="100%" height="10" aria-hidden="true" focusable="false"><rect class="bar-bg" width="100%" height="10" rx="3"/><rect class="bar-${tone}" width="${barPercent(ratio)}" height="10" rx="3"/></svg>`;
}

/** One legend entry: a short line in the series' colour and its name. */
export function legend(items: readonly { tone: Tone | 'target' | 'guide'; label: string }[]): Html {
  return html`<ul class="legend">${items.map(
    (item) =>
      html`<li><svg width="22" height="10" aria-hidden="true" focusable="false"><line class="${item.tone === 'target' || item.tone === 'guide' ? item.tone : `s-${item.tone}`}" x1="1" x2="21" y1="5" y2="5"/></svg>${item.label}</li>`,
  )}</ul>`;
}
