import { slugify } from './csv';

/**
 * Where everything goes on an exported PNG: a header band (title, data date, filters), the chart or page in the
 * middle, a footer band (source, export time). Pure: text is measured by the caller's `measure` (the canvas in the
 * browser, a fixed character width in tests), so the same numbers can be checked without a DOM.
 *
 * All lengths are CSS pixels; the canvas is `scale` times larger (2 for sharp text on phones and in WhatsApp).
 */

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
  color: string;
}

export interface BandLine {
  text: string;
  style: TextStyle;
}

/** Width of `text` in CSS px when drawn in `style`. */
export type Measure = (text: string, style: TextStyle) => number;

export interface PlacedLine extends BandLine {
  x: number;
  /** Top of the line box; the line is drawn centred in `lineHeight`. */
  y: number;
  lineHeight: number;
}

export interface CanvasLimits {
  /** Longest side of the canvas in device pixels. */
  maxSide: number;
  /** Canvas area in device pixels. */
  maxArea: number;
}

/**
 * Chromium and Firefox refuse canvases past 32 767 px a side, common image tools stop at 16 000, and huge canvases
 * cost memory (4 bytes a pixel) on a phone: a page taller than this is exported at a lower scale rather than failing.
 */
export const DEFAULT_LIMITS: CanvasLimits = { maxSide: 16_000, maxArea: 48_000_000 };

export const PALETTE = {
  ink: '#18212b',
  ink2: '#44505c',
  ink3: '#5b6672',
  line: '#d6dce1',
  accent: '#0a7d3b',
  band: '#ffffff',
} as const;

export const STYLES = {
  title: { size: 20, weight: 700, color: PALETTE.ink },
  meta: { size: 14, weight: 400, color: PALETTE.ink2 },
  warning: { size: 14, weight: 700, color: '#6e3a00' },
  footer: { size: 12, weight: 400, color: PALETTE.ink3 },
} as const satisfies Record<string, TextStyle>;

export interface PngLayoutInput {
  /** The chart or page being exported, in CSS px. */
  content: { width: number; height: number };
  header: readonly BandLine[];
  footer: readonly BandLine[];
  measure: Measure;
  /** Space around the bands' text and either side of the content. */
  padding?: number;
  /** Narrow charts still get room for a readable header. */
  minWidth?: number;
  /** Preferred device pixels per CSS px. */
  scale?: number;
  limits?: CanvasLimits;
}

export interface PngLayout {
  /** CSS px. */
  width: number;
  height: number;
  scale: number;
  /** Device px: the PNG's size. */
  pixelWidth: number;
  pixelHeight: number;
  /** The accent bar across the top. */
  accentHeight: number;
  header: { height: number; lines: PlacedLine[] };
  content: { x: number; y: number; width: number; height: number };
  footer: { y: number; height: number; lines: PlacedLine[] };
}

const ACCENT = 4;
const LINE_HEIGHT = 1.4;

/** Greedy word wrap; a word longer than the line is cut by characters so nothing runs off the image. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, style) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // The word alone is too long: cut it into pieces that fit.
    let rest = word;
    while (measure(rest, style) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), style) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  words.forEach(push);
  if (line) lines.push(line);
  return lines;
}

/** Device pixels per CSS px: `preferred`, lowered only as far as the canvas limits need. */
export function chooseScale(width: number, height: number, preferred = 2, limits: CanvasLimits = DEFAULT_LIMITS): number {
  if (width <= 0 || height <= 0) return preferred;
  const fit = Math.min(preferred, limits.maxSide / width, limits.maxSide / height, Math.sqrt(limits.maxArea / (width * height)));
  // Two decimals, rounded down, so the pixel size never overshoots the limit.
  return Math.floor(fit * 100) / 100;
}

/**
 * Band text grows with the image: a whole page 1 400 px wide with 12 px footer text reads like a footnote once a
 * phone shrinks it to fit. 1 up to 960 px, then in proportion, at most 1.5.
 */
export function bandTextScale(width: number): number {
  return Math.min(1.5, Math.max(1, Math.round((width / 960) * 100) / 100));
}

function placeLines(lines: readonly BandLine[], top: number, x: number, maxWidth: number, measure: Measure, textScale: number): { lines: PlacedLine[]; bottom: number } {
  const placed: PlacedLine[] = [];
  let y = top;
  for (const line of lines) {
    const style = { ...line.style, size: Math.round(line.style.size * textScale) };
    const lineHeight = Math.round(style.size * LINE_HEIGHT);
    for (const text of wrapText(line.text, maxWidth, style, measure)) {
      placed.push({ text, style, x, y, lineHeight });
      y += lineHeight;
    }
  }
  return { lines: placed, bottom: y };
}

export function pngLayout({
  content,
  header,
  footer,
  measure,
  padding = 24,
  minWidth = 360,
  scale = 2,
  limits = DEFAULT_LIMITS,
}: PngLayoutInput): PngLayout {
  const contentWidth = Math.ceil(content.width);
  const contentHeight = Math.ceil(content.height);
  const width = Math.max(contentWidth + 2 * padding, minWidth);
  const textWidth = width - 2 * padding;
  const textScale = bandTextScale(width);

  const headerTop = ACCENT + Math.round(padding * 0.75 * textScale);
  const head = placeLines(header, headerTop, padding, textWidth, measure, textScale);
  const headerHeight = head.bottom + Math.round(padding * 0.5 * textScale);

  const contentBox = { x: Math.floor((width - contentWidth) / 2), y: headerHeight, width: contentWidth, height: contentHeight };

  const footerY = contentBox.y + contentHeight;
  const foot = placeLines(footer, footerY + Math.round(padding * 0.5 * textScale), padding, textWidth, measure, textScale);
  const footerHeight = foot.bottom + Math.round(padding * 0.6 * textScale) - footerY;

  const height = footerY + footerHeight;
  const fit = chooseScale(width, height, scale, limits);
  return {
    width,
    height,
    scale: fit,
    pixelWidth: Math.round(width * fit),
    pixelHeight: Math.round(height * fit),
    accentHeight: ACCENT,
    header: { height: headerHeight, lines: head.lines },
    content: contentBox,
    footer: { y: footerY, height: footerHeight, lines: foot.lines },
  };
}

/** `pantau-peduli_<slug>_<asOfDate>.png`, named like the CSV of the same chart. */
export function pngFileName(name: string, asOfDate: string | null): string {
  return `pantau-peduli_${slugify(name)}${asOfDate ? `_${asOfDate}` : ''}.png`;
}
