import { chartColors } from './chart-theme';
import { formatDate, formatMonth } from '@/lib/format';
import { msToIsoDate } from '@/lib/dates';
import type { Lang } from '@/lib/i18n/lang';

/**
 * The props every time chart repeats, spread onto recharts' own elements:
 *
 *   <CartesianGrid {...gridProps} />
 *   <XAxis {...timeXAxisProps(model, lang, fontSize)} />
 *   <YAxis {...valueYAxisProps([0, model.yMax], n, fontSize)} />
 *   <Tooltip labelFormatter={timeTooltipLabel(lang)} ... />
 */
export const gridProps = { stroke: chartColors.grid, vertical: false } as const;

export function axisTick(fontSize: number) {
  return { fontSize, fill: chartColors.axis };
}

/** Top margin leaves room for the events' strip (`extraTop`); the right one for the last tick's label. */
export function chartMargin(fontSize: number, extraTop = 0) {
  return { top: fontSize + extraTop, right: fontSize * 1.5, bottom: 4, left: 0 };
}

/** A time x-axis over `t` (UTC-midnight ms), ticked by month. */
export function timeXAxisProps(model: { xDomain: readonly [number, number]; xTicks: readonly number[] }, lang: Lang, fontSize: number) {
  return {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain: [model.xDomain[0], model.xDomain[1]],
    ticks: [...model.xTicks],
    tickFormatter: (ms: number) => formatMonth(msToIsoDate(ms), lang),
    tick: axisTick(fontSize),
    stroke: chartColors.axis,
  } as const;
}

/** A count or share y-axis from 0. */
export function valueYAxisProps(domain: readonly [number, number], format: (v: number) => string, fontSize: number, ticks?: readonly number[]) {
  return {
    domain: [domain[0], domain[1]],
    ...(ticks ? { ticks: [...ticks] } : {}),
    tickFormatter: format,
    tick: axisTick(fontSize),
    width: fontSize * 4,
    stroke: chartColors.axis,
    allowDecimals: false,
  };
}

/** Tooltip heading for a time x-axis in ms. */
export function timeTooltipLabel(lang: Lang) {
  return (ms: unknown) => formatDate(msToIsoDate(Number(ms)), lang);
}
