import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previewRanking, previewSnapshot, previewSummary } from './preview-fixtures';
import { drawable, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderSnapshotPreview } from './render-preview';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Decoded {
  width: number;
  height: number;
  /** `#rrggbb` of a pixel. */
  at: (x: number, y: number) => string;
  colours: () => number;
}

/** Just enough of PNG to read what resvg writes: 8-bit RGB or RGBA, not interlaced, all five row filters. */
function decodePng(png: Uint8Array): Decoded {
  expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | null = null;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      expect(header, 'IHDR comes first, once').toBeNull();
      header = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12), depth: body[8]!, type: body[9]!, interlace: body[12]! };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  expect(header.depth).toBe(8);
  expect([2, 6]).toContain(header.type);
  expect(header.interlace).toBe(0);
  const { width, height } = header;
  const bpp = header.type === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe(height * (stride + 1));
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? pixels[y * stride + i - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= bpp && y > 0 ? pixels[(y - 1) * stride + i - bpp]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else expect(filter).toBe(0);
      pixels[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const at = (x: number, y: number) => {
    const i = y * stride + x * bpp;
    return `#${hex(pixels[i]!)}${hex(pixels[i + 1]!)}${hex(pixels[i + 2]!)}`;
  };
  const colours = () => {
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += bpp) seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return seen.size;
  };
  return { width, height, at, colours };
}

// styles.css: --green-800 (header), --green-600 (bar up to the target), --green-100 (the rest of the track).
const HEADER = '#05572a';
const FILL = '#0a7d3b';
const TRACK = '#d5ecdd';

/** The pixel row through the middle of the bar: the first row, from the top, that is fill colour at the bar's left end. */
function barRow(image: Decoded): number {
  const rows = [];
  for (let y = 0; y < image.height; y++) if (image.at(80, y) === FILL) rows.push(y);
  expect(rows.length, 'bar found').toBeGreaterThan(20);
  return rows[Math.floor(rows.length / 2)]!;
}

describe('renderSnapshotPreview', () => {
  it('draws a 1200x630 PNG with the header, a bar filled to the progress, and real variety of colour', async () => {
    const png = await renderSnapshotPreview(previewSnapshot());
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
    expect(image.at(10, 10)).toBe(HEADER);
    // Antialiased text in several colours gives hundreds of shades; a blank or one-colour card gives a handful.
    expect(image.colours()).toBeGreaterThan(100);

    const y = barRow(image);
    const barLeft = 56;
    const barWidth = 1200 - 2 * 56;
    // 73,3%: filled well into the bar, track beyond.
    expect(image.at(barLeft + Math.round(barWidth * 0.6), y)).toBe(FILL);
    expect(image.at(barLeft + Math.round(barWidth * 0.85), y)).toBe(TRACK);
  });

  it('keeps an exceeded target inside the card: the bar fills to its end and turns darker past the target', async () => {
    const image = decodePng(await renderSnapshotPreview(previewSnapshot({ data: { summary: previewSummary({ registered: 22000 }) } })));
    const y = barRow(image);
    const barLeft = 56;
    const barWidth = 1200 - 2 * 56;
    // 200%: the target sits half way along.
    expect(image.at(barLeft + Math.round(barWidth * 0.3), y)).toBe(FILL);
    expect(image.at(barLeft + Math.round(barWidth * 0.8), y)).toBe(HEADER);
    // The margin right of the bar stays the card's background: nothing overflows.
    expect(image.at(1200 - 20, y)).toBe('#ffffff');
  });

  it('draws different numbers, languages and ranks differently', async () => {
    const base = await renderSnapshotPreview(previewSnapshot());
    const more = await renderSnapshotPreview(previewSnapshot({ data: { summary: previewSummary({ registered: 9100 }) } }));
    const english = await renderSnapshotPreview(previewSnapshot(), { lang: 'en' });
    const ranked = await renderSnapshotPreview(
      previewSnapshot({ view: { path: '/peringkat', params: {} }, data: { rankingCount: previewRanking('count') } }),
    );
    const again = await renderSnapshotPreview(previewSnapshot());
    expect(Buffer.from(again).equals(Buffer.from(base))).toBe(true);
    for (const other of [more, english, ranked]) expect(Buffer.from(other).equals(Buffer.from(base))).toBe(false);
  });

  it('renders a title the font cannot fully draw, and a snapshot with no data date', async () => {
    const png = await renderSnapshotPreview(
      previewSnapshot({ title: '🎉 Rekap Şubat 克拉滕 '.repeat(8), asOf: null, asOfDate: null, data: { summary: previewSummary({ registered: 0 }) } }),
    );
    expect(decodePng(png).width).toBe(1200);
  });

  it('renders well under a second once the fonts are loaded', async () => {
    await renderSnapshotPreview(previewSnapshot());
    const started = performance.now();
    await renderSnapshotPreview(previewSnapshot({ data: { summary: previewSummary({ registered: 12650 }) } }), { lang: 'en' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('drawable', () => {
  it('keeps what the Latin font holds, reduces other Latin letters to their base and drops the rest', () => {
    expect(drawable('Capaian 8.062 · 73,3% — Klaten')).toBe('Capaian 8.062 · 73,3% — Klaten');
    expect(drawable('Café Ñgawi')).toBe('Café Ñgawi');
    expect(drawable('Şubat ğ')).toBe('Subat g');
    expect(drawable('Rekap 🎉 克拉滕 minggu ini')).toBe('Rekap minggu ini');
  });
});
