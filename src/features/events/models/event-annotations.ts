import { daysBetween } from '../../../../contract/dates';
import { EVENT_WINDOW_DAYS, type CampaignEvent, type EventKind } from '../../../../contract/events';
import { textWidth } from '@/components/chart-text';
import { isoDateToMs } from '@/lib/dates';

/**
 * Campaign events as annotations on a time chart, computed without a DOM: which events fall in the
 * chart's x-domain, their numbers (the same number on every chart and in every list), and where each
 * marker label goes in a strip above the plot so that no two labels overlap, same-day events included.
 */

/**
 * One colour per kind. Each keeps at least 4.5:1 against white, so the white number inside a badge
 * reads, and none is the green, amber or ink of the data series. The kind is also written in every list.
 */
export const eventKindColors: Record<EventKind, string> = {
  sosialisasi: '#1d4ed8',
  kebijakan: '#7e22ce',
  kegiatan: '#0e7490',
  lainnya: '#4b5563',
  impor: '#be185d',
  target: '#1f2937',
};

export interface NumberedEvent extends CampaignEvent {
  /** 1 for the oldest event of the whole list: a marker keeps its number on every chart. */
  number: number;
  /** Chart position: the date's UTC midnight in ms, as on the charts' time axes. */
  t: number;
  /**
   * Whether the data covers both 14-day windows: `partial` while the 14 days from the event are still
   * running (`daysAfter` of them in the data), `future` for an event after the data's date.
   */
  window: 'complete' | 'partial' | 'future';
  daysAfter: number;
  /** (after − before) / before over complete windows; null when nobody registered before, or a window is incomplete. */
  change: number | null;
}

export function eventChange(before: number, after: number): number | null {
  return before > 0 ? (after - before) / before : null;
}

/** How much of an event's 14 days from its date the data (up to `asOfDate`) covers; all of it when the date is unknown. */
export function eventWindow(date: string, asOfDate: string | null | undefined): Pick<NumberedEvent, 'window' | 'daysAfter'> {
  if (!asOfDate) return { window: 'complete', daysAfter: EVENT_WINDOW_DAYS };
  const covered = daysBetween(date, asOfDate) + 1;
  if (covered <= 0) return { window: 'future', daysAfter: 0 };
  if (covered < EVENT_WINDOW_DAYS) return { window: 'partial', daysAfter: covered };
  return { window: 'complete', daysAfter: EVENT_WINDOW_DAYS };
}

/**
 * All events numbered oldest first; same-day events keep the API's order. With the data's date, an
 * event whose 14 days after are not over yet gets no change: a half-counted window is not a drop.
 */
export function numberEvents(events: readonly CampaignEvent[], asOfDate?: string | null): NumberedEvent[] {
  return events
    .map((e, i) => ({ e, i, t: isoDateToMs(e.date) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e, t }, i) => {
      const coverage = eventWindow(e.date, asOfDate);
      return { ...e, number: i + 1, t, ...coverage, change: coverage.window === 'complete' ? eventChange(e.before, e.after) : null };
    });
}

/** The events a chart over `[from, to]` (ms, inclusive) shows; the rest are dropped, numbers kept. */
export function eventsInDomain(events: readonly CampaignEvent[], domain: readonly [number, number], asOfDate?: string | null): NumberedEvent[] {
  const [from, to] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  return numberEvents(events, asOfDate).filter((e) => e.t >= from && e.t <= to);
}

/**
 * A marker's short label: the title before any colon ("Sosialisasi sesi 1: OPD dan kecamatan" →
 * "Sosialisasi sesi 1"), cut at a word with "…" when still longer than `maxChars`.
 */
export function shortLabel(title: string, maxChars = 20): string {
  const head = title.split(':')[0]!.trim() || title.trim();
  if (head.length <= maxChars) return head;
  const room = Math.max(1, maxChars - 1);
  const cut = head.slice(0, room + 1).lastIndexOf(' ');
  const kept = (cut > 0 ? head.slice(0, cut) : head.slice(0, room)).trimEnd();
  return `${kept}…`;
}

export interface EventLabel {
  number: number;
  kind: EventKind;
  t: number;
  /** The event's position in the plot, px from the plot's left edge. */
  x: number;
  /** The label's horizontal extent in px from the plot's left edge, badge included. */
  left: number;
  right: number;
  /** 0 is the row nearest the plot; higher rows stack upwards. */
  lane: number;
  /** start: badge on the line, text to its right; end: text to the left, for labels near the right edge. */
  anchor: 'start' | 'end';
  /** Short text beside the badge; empty when only numbers fit. */
  text: string;
  title: string;
}

export interface EventLabelLayout {
  labels: EventLabel[];
  lanes: number;
  withText: boolean;
  plotWidth: number;
  badgeRadius: number;
  fontSize: number;
  laneHeight: number;
  /** Space between the lowest row and the plot's top edge. */
  stripGap: number;
  /** Room the marker strip needs above the plot: add it to the chart's top margin. */
  stripHeight: number;
}

export interface LayoutOptions {
  domain: readonly [number, number];
  /** Width of the plot area in px; 0 while not yet measured. */
  plotWidth: number;
  fontSize: number;
  /** Short titles beside the numbers when they fit in `maxTextLanes` rows (never on phones). */
  allowText: boolean;
  maxTextLanes?: number;
  /** Least space between two labels in one row, px. */
  gap?: number;
  /** How far a label may reach past the plot's right edge into the chart margin, px. */
  overhang?: number;
}

export function badgeRadiusFor(fontSize: number): number {
  return Math.round(fontSize * 0.85);
}

/** A label's extent with `text` beside the badge: to the right, or to the left where the right edge is near. */
function extent(x: number, text: string, options: LayoutOptions): Pick<EventLabel, 'left' | 'right' | 'anchor'> {
  const r = badgeRadiusFor(options.fontSize);
  const width = 2 * r + (text ? Math.round(options.fontSize * 0.35) + textWidth(text, options.fontSize * 0.9) : 0);
  if (text && x - r + width > options.plotWidth + (options.overhang ?? 0)) return { anchor: 'end', left: x + r - width, right: x + r };
  return { anchor: 'start', left: x - r, right: x - r + width };
}

function place(events: readonly NumberedEvent[], options: LayoutOptions, withText: boolean): { labels: EventLabel[]; lanes: number } {
  const { domain, plotWidth, fontSize } = options;
  const [from, to] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const gap = options.gap ?? Math.round(fontSize * 0.3);
  const span = to - from;

  const boxes: EventLabel[] = events.map((e) => {
    const x = span > 0 ? ((e.t - from) / span) * plotWidth : 0;
    const text = withText ? shortLabel(e.title) : '';
    return { number: e.number, kind: e.kind, t: e.t, x, ...extent(x, text, options), lane: 0, text, title: e.title };
  });

  // First fit in order of left edges: for intervals this uses as few rows as the deepest pile-up needs.
  const order = [...boxes].sort((a, b) => a.left - b.left || a.number - b.number);
  const laneEnds: number[] = [];
  for (const box of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= box.left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(box.right);
    } else {
      laneEnds[lane] = box.right;
    }
    box.lane = lane;
  }
  return { labels: boxes, lanes: laneEnds.length };
}

/**
 * Numbers only, then a short title beside each badge that has room for one in its own row, from
 * left to right: sparse stretches of a chart get words even where a crowded one needs numbers.
 */
function widenWhereRoom(labels: EventLabel[], options: LayoutOptions): void {
  const gap = options.gap ?? Math.round(options.fontSize * 0.3);
  const r = badgeRadiusFor(options.fontSize);
  const order = [...labels].sort((a, b) => a.left - b.left || a.number - b.number);
  for (const label of order) {
    const text = shortLabel(label.title);
    const wide = extent(label.x, text, options);
    if (wide.left < -r || wide.right - wide.left > options.plotWidth / 2) continue;
    const clash = labels.some((o) => o !== label && o.lane === label.lane && o.left < wide.right + gap && wide.left < o.right + gap);
    if (!clash) Object.assign(label, wide, { text });
  }
}

/**
 * Where each marker label goes. Short titles are tried first; when they would need more than
 * `maxTextLanes` rows (or the plot is too narrow), the rows are laid out for numbered badges, which
 * never need more rows than events on one day or a few pixels apart, and labels with room to spare
 * in their row get their short title back. `withText`: every label has its title.
 */
export function layoutEventLabels(events: readonly NumberedEvent[], options: LayoutOptions): EventLabelLayout {
  const { fontSize, plotWidth } = options;
  const badgeRadius = badgeRadiusFor(fontSize);
  const laneHeight = 2 * badgeRadius + Math.round(fontSize * 0.3);
  const stripGap = Math.round(fontSize * 0.6);
  const base = { plotWidth, badgeRadius, fontSize, laneHeight, stripGap };

  if (events.length === 0) return { ...base, labels: [], lanes: 0, withText: false, stripHeight: 0 };
  // Not measured yet: keep one row's room so the chart does not jump when the markers arrive.
  if (plotWidth <= 0) return { ...base, labels: [], lanes: 0, withText: false, stripHeight: laneHeight + stripGap };

  const maxTextLanes = options.maxTextLanes ?? 2;
  if (options.allowText) {
    const texted = place(events, options, true);
    const fits = texted.lanes <= maxTextLanes && texted.labels.every((l) => l.right - l.left <= plotWidth / 2);
    if (fits) return { ...base, ...texted, withText: true, stripHeight: texted.lanes * laneHeight + stripGap };
  }
  const numbered = place(events, options, false);
  if (options.allowText) widenWhereRoom(numbered.labels, options);
  return { ...base, ...numbered, withText: false, stripHeight: numbered.lanes * laneHeight + stripGap };
}

/** The centre of a label's badge, px from the plot's top edge (negative: above the plot). */
export function badgeCenterY(layout: EventLabelLayout, lane: number): number {
  return -(layout.stripGap + lane * layout.laneHeight + layout.badgeRadius);
}
