import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { Snapshot } from '../../contract/snapshots';
import type { Lang } from '../../src/lib/i18n/lang';
import { previewLines, type PreviewLines } from './preview-lines';

// The Open Graph image of a snapshot link: WhatsApp shows it in the message itself. satori lays out the
// card and turns its text into paths, resvg rasterises the SVG, and the font comes from an npm package,
// so a bare server without system fonts draws the same picture.

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The colours of src/app/styles.css (and the map green of coverage.css), so the card looks like the dashboard it links to. */
const C = {
  green50: '#eef7f1',
  green100: '#d5ecdd',
  green300: '#92cca6',
  green600: '#0a7d3b',
  green700: '#086a32',
  green800: '#05572a',
  ink: '#18212b',
  ink2: '#44505c',
  line: '#d6dce1',
  panel: '#ffffff',
  demoBg: '#fff3d1',
  demoInk: '#6e3a00',
  demoLine: '#d08a00',
  blue: '#164ca8',
  blueBg: '#e8f0fd',
} as const;

const FONT = 'Noto Sans';
const PAD = 56;
const BAR_WIDTH = PREVIEW_WIDTH - 2 * PAD;
const BAR_HEIGHT = 46;
/** A little over the widest bold digit of Noto Sans at 24 px, so an estimated label box always holds its text. */
const LABEL_CHAR_WIDTH = 15;
/** Free text (title, unit name) stays on one line and ends in an ellipsis, so the card's layout never moves. */
const ONE_LINE = { maxWidth: BAR_WIDTH, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

const require = createRequire(import.meta.url);
let fonts: Promise<Font[]> | null = null;

/** Latin subset, regular and bold: read once per process. satori takes woff (not woff2). */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: FONT,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    })),
  ).catch((error: unknown) => {
    fonts = null;
    throw error;
  });
  return fonts;
}

export async function renderSnapshotPreview(snapshot: Snapshot, options?: { lang?: Lang }): Promise<Uint8Array> {
  const lines = previewLines(snapshot, options?.lang ?? 'id');
  const svg = await satori(card(lines) as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: await loadFonts(),
  });
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: C.panel });
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

// satori's element form: what JSX would compile to, without needing React on the server.
type Style = Record<string, string | number>;
interface El {
  type: 'div';
  key: null;
  props: { style: Style; children?: Child | Child[] };
}
type Child = El | string | null;

function div(style: Style, ...children: Child[]): El {
  return { type: 'div', key: null, props: { style: { display: 'flex', ...style }, children: children.map((c) => (typeof c === 'string' ? drawable(c) : c)) } };
}

/** The code points the Latin subset holds, from the font package's own list ("U+0000-00FF,U+0131,…"). */
const covered: Array<[number, number]> = (require('@fontsource/noto-sans/unicode.json') as { latin: string }).latin
  .split(',')
  .map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
const isCovered = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return covered.some(([from, to]) => cp >= from && cp <= to);
};

/**
 * A title or unit name may hold what the font cannot draw (an emoji, "Ş"): rather than a box, a letter keeps
 * its base ("S") and anything else is left out.
 */
export function drawable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (isCovered(ch)) out += ch;
    else out += Array.from(ch.normalize('NFD')).filter((part) => isCovered(part) && !/\p{M}/u.test(part)).join('');
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

function card(l: PreviewLines): El {
  return div(
    { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, flexDirection: 'column', backgroundColor: C.panel, color: C.ink, fontFamily: FONT },
    header(l),
    div(
      { flexDirection: 'column', alignItems: 'center', flexGrow: 1, padding: `22px ${PAD}px 0` },
      div({ fontSize: 34, fontWeight: 700, color: C.ink, lineHeight: 1.2, ...ONE_LINE }, l.title),
      l.scope ? div({ fontSize: 26, color: C.ink2, marginTop: 6, ...ONE_LINE }, l.scope) : null,
      div({ fontSize: l.scope ? 128 : 150, fontWeight: 700, color: C.green700, lineHeight: 1, marginTop: 10, letterSpacing: -3 }, l.percent),
      div({ fontSize: 46, fontWeight: 700, color: C.ink, lineHeight: 1.2, marginTop: 6 }, l.workers),
      l.rank ? div({ fontSize: 26, fontWeight: 700, color: C.blue, lineHeight: 1.3, marginTop: 4, ...ONE_LINE }, l.rank) : null,
      bar(l),
    ),
    footer(l),
  );
}

function header(l: PreviewLines): El {
  return div(
    { height: 90, padding: `0 ${PAD}px`, alignItems: 'center', justifyContent: 'space-between', backgroundColor: C.green800, color: C.panel },
    div(
      { flexDirection: 'column' },
      div({ fontSize: 34, fontWeight: 700, lineHeight: 1.15 }, l.productName),
      div({ fontSize: 21, color: C.green100, lineHeight: 1.3 }, l.campaign),
    ),
    div(
      { alignItems: 'center' },
      l.demo
        ? div(
            { fontSize: 20, fontWeight: 700, color: C.demoInk, backgroundColor: C.demoBg, border: `2px solid ${C.demoLine}`, borderRadius: 8, padding: '4px 12px', marginRight: 12 },
            l.demo,
          )
        : null,
      div({ fontSize: 20, fontWeight: 700, color: C.green800, backgroundColor: C.green50, borderRadius: 8, padding: '6px 14px' }, l.mark),
    ),
  );
}

/** A thick bar on a scale that stretches past the target, with the target as a dark tick. */
function bar(l: PreviewLines): El {
  const tickX = Math.round(l.bar.targetAt * BAR_WIDTH);
  const fillWidth = Math.round(l.bar.fill * BAR_WIDTH);
  // The target label is centred under the tick unless that would run past an end of the bar; the note sits
  // on the side away from it, so the two never meet.
  const labelWidth = Math.min(BAR_WIDTH, Math.ceil(l.target.length * LABEL_CHAR_WIDTH));
  const labelLeft = Math.min(Math.max(tickX - labelWidth / 2, 0), BAR_WIDTH - labelWidth);
  const labelAlign = labelLeft === 0 ? 'flex-start' : labelLeft === BAR_WIDTH - labelWidth ? 'flex-end' : 'center';
  const noteOnLeft = tickX > BAR_WIDTH * 0.55;
  return div(
    { flexDirection: 'column', width: BAR_WIDTH, marginTop: l.rank ? 14 : 24 },
    div(
      { position: 'relative', width: BAR_WIDTH, height: BAR_HEIGHT + 16, alignItems: 'center' },
      div({ position: 'absolute', left: 0, top: 8, width: BAR_WIDTH, height: BAR_HEIGHT, borderRadius: BAR_HEIGHT / 2, backgroundColor: C.green100, border: `2px solid ${C.green300}` }),
      fillWidth > 0
        ? div({
            position: 'absolute',
            left: 0,
            top: 8,
            width: Math.max(fillWidth, BAR_HEIGHT),
            height: BAR_HEIGHT,
            borderRadius: BAR_HEIGHT / 2,
            backgroundColor: C.green600,
          })
        : null,
      // Past the target the bar turns darker, so the excess reads as such.
      l.bar.overTarget
        ? div({
            position: 'absolute',
            left: tickX,
            top: 8,
            width: BAR_WIDTH - tickX,
            height: BAR_HEIGHT,
            borderRadius: `0 ${BAR_HEIGHT / 2}px ${BAR_HEIGHT / 2}px 0`,
            backgroundColor: C.green800,
          })
        : null,
      div({ position: 'absolute', left: Math.min(Math.max(tickX - 5, 0), BAR_WIDTH - 10), top: 0, width: 10, height: BAR_HEIGHT + 16, borderRadius: 4, backgroundColor: C.ink, border: `2px solid ${C.panel}` }),
    ),
    div(
      { position: 'relative', width: BAR_WIDTH, height: 36, marginTop: 6, fontSize: 24, color: C.ink2 },
      div({ position: 'absolute', top: 0, width: labelWidth, left: labelLeft, justifyContent: labelAlign, fontWeight: 700, color: C.ink }, l.target),
      div({ position: 'absolute', top: 0, ...(noteOnLeft ? { left: 0 } : { right: 0 }) }, l.progressNote),
    ),
  );
}

function footer(l: PreviewLines): El {
  return div(
    { height: 68, padding: `0 ${PAD}px`, alignItems: 'center', justifyContent: 'center', borderTop: `2px solid ${C.line}`, backgroundColor: C.green50, color: C.ink, fontSize: 28, fontWeight: 700 },
    l.asOf,
  );
}
