import { PALETTE, pngLayout, type BandLine, type Measure, type PngLayout, type TextStyle } from './png-layout';

/** Browser half of the PNG export: measuring band text, loading the content as an image, painting, encoding. */

const fontOf = (style: TextStyle, family: string) => `${style.weight} ${style.size}px ${family}`;

/** The page's font stack, so the bands match the dashboard. */
export function pageFontFamily(): string {
  return getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
}

export function canvasMeasure(family: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text, style) => text.length * style.size * 0.6;
  return (text, style) => {
    ctx.font = fontOf(style, family);
    return ctx.measureText(text).width;
  };
}

/**
 * An SVG document (as text, `width` x `height` CSS px) as an image. A data: URL, not a blob: URL: browsers treat an
 * SVG image from a data: URL as same-origin and leave the canvas readable.
 *
 * `intrinsicScale` > 1 makes the image's own size that much larger, so the browser rasterises the vectors at full
 * resolution instead of scaling up a small bitmap. Only for plain SVG: HTML in a <foreignObject> is laid out with
 * media queries against the image's own size, so it must keep its CSS size (the canvas then scales it, as vectors).
 */
export async function svgImage(svg: string, width: number, height: number, intrinsicScale = 1): Promise<HTMLImageElement> {
  const outer =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * intrinsicScale)}" height="${Math.round(height * intrinsicScale)}" ` +
    `viewBox="0 0 ${width} ${height}">${svg}</svg>`;
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the exported SVG could not be loaded as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(outer)}`;
  await loaded;
  return image;
}

export interface PngContent {
  svg: string;
  width: number;
  height: number;
  /** Painted behind the content (the panel's white, or the page's grey for a whole view). */
  background: string;
  /** HTML in a <foreignObject>: loaded at its CSS size (see svgImage). */
  html?: boolean;
}

function drawLines(ctx: CanvasRenderingContext2D, lines: PngLayout['header']['lines'], family: string): void {
  ctx.textBaseline = 'middle';
  for (const line of lines) {
    ctx.font = fontOf(line.style, family);
    ctx.fillStyle = line.style.color;
    ctx.fillText(line.text, line.x, line.y + line.lineHeight / 2);
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded as PNG'))), 'image/png');
  });
}

/** Lays out the bands around `content`, paints everything on a canvas and encodes it as PNG. */
export async function renderPng(content: PngContent, bands: { header: BandLine[]; footer: BandLine[] }): Promise<{ blob: Blob; layout: PngLayout }> {
  const family = pageFontFamily();
  const layout = pngLayout({ content, header: bands.header, footer: bands.footer, measure: canvasMeasure(family) });
  const image = await svgImage(content.svg, content.width, content.height, content.html ? 1 : layout.scale);

  const canvas = document.createElement('canvas');
  canvas.width = layout.pixelWidth;
  canvas.height = layout.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(layout.pixelWidth / layout.width, layout.pixelHeight / layout.height);

  ctx.fillStyle = PALETTE.band;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = content.background;
  ctx.fillRect(0, layout.content.y, layout.width, layout.content.height);
  ctx.fillStyle = PALETTE.accent;
  ctx.fillRect(0, 0, layout.width, layout.accentHeight);
  ctx.fillStyle = PALETTE.line;
  ctx.fillRect(0, layout.footer.y, layout.width, 1);

  ctx.drawImage(image, layout.content.x, layout.content.y, layout.content.width, layout.content.height);
  drawLines(ctx, layout.header.lines, family);
  drawLines(ctx, layout.footer.lines, family);
  return { blob: await toBlob(canvas), layout };
}
