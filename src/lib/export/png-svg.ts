/**
 * A chart (a `.chart-plot` box holding one `svg.chart-surface`) as one standalone SVG document: the chart's <svg>
 * with the styles it takes from the page's CSS (fonts, fills and strokes from classes and CSS variables) written onto
 * each element, and the HTML legend (`.chart-legend`) redrawn as SVG text and icons at the places it occupies on
 * screen. A standalone SVG loads as an image everywhere and never taints the canvas it is drawn on (Safari refuses to
 * read back a canvas that drew HTML in <foreignObject>).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Inherited SVG/CSS properties that change how a chart looks; written only where they differ from the parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
  'color',
] as const;

/** Not inherited: written when not their initial value. */
const OWN: Record<string, (value: string) => boolean> = {
  opacity: (v) => v !== '1',
  display: (v) => v === 'none',
};

/** Interaction layers that only make sense under the pointer. */
const DROP = '.chart-pointer, .chart-tooltip';

function copyStyles(live: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(live);
  const out: string[] = [];
  for (const prop of INHERITED) {
    const value = computed.getPropertyValue(prop);
    // url(#…) references (clip paths, gradients) stay in their attributes, where they resolve inside the SVG.
    if (!value || value.includes('url(')) continue;
    if (parent && parent.getPropertyValue(prop) === value) continue;
    out.push(`${prop}:${value}`);
  }
  for (const [prop, keep] of Object.entries(OWN)) {
    const value = computed.getPropertyValue(prop);
    if (value && keep(value)) out.push(`${prop}:${value}`);
  }
  const existing = copy.getAttribute('style');
  if (out.length > 0) copy.setAttribute('style', `${existing ? `${existing};` : ''}${out.join(';')}`);
  const liveChildren = live.children;
  const copyChildren = copy.children;
  for (let i = 0; i < liveChildren.length; i++) {
    const child = copyChildren[i];
    if (child) copyStyles(liveChildren[i]!, child, computed);
  }
}

/** A copy of `svg` that looks the same without the page's stylesheets. */
export function inlineSvg(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // The root's inline style is page layout (size, margins); what it looks like is copied below.
  copy.removeAttribute('style');
  copyStyles(svg, copy, null);
  copy.querySelectorAll(DROP).forEach((el) => el.remove());
  copy.querySelectorAll('title').forEach((el) => el.remove());
  copy.removeAttribute('role');
  copy.removeAttribute('tabindex');
  return copy;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function boxOf(el: Element, origin: Box): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
}

/** The legend's items (icon and label) as SVG, at the positions they have on screen. */
function legendAsSvg(wrapper: Element, origin: Box, doc: Document): SVGElement[] {
  const out: SVGElement[] = [];
  for (const item of wrapper.querySelectorAll('.chart-legend__item')) {
    const icon = item.querySelector<SVGSVGElement>('svg');
    if (icon) {
      const copy = inlineSvg(icon);
      const box = boxOf(icon, origin);
      copy.setAttribute('x', String(box.left));
      copy.setAttribute('y', String(box.top));
      copy.setAttribute('width', String(box.width));
      copy.setAttribute('height', String(box.height));
      out.push(copy);
    }
    const label = item.querySelector('.chart-legend__text') ?? item;
    const text = (label.textContent ?? '').trim();
    if (!text) continue;
    const style = getComputedStyle(label);
    const box = boxOf(label, origin);
    const el = doc.createElementNS(SVG_NS, 'text');
    el.setAttribute('x', String(box.left));
    el.setAttribute('y', String(box.top + box.height / 2));
    el.setAttribute('dominant-baseline', 'central');
    el.setAttribute(
      'style',
      [
        `font-family:${style.fontFamily}`,
        `font-size:${style.fontSize}`,
        `font-weight:${style.fontWeight}`,
        `font-style:${style.fontStyle}`,
        `fill:${style.color}`,
      ].join(';'),
    );
    el.textContent = text;
    out.push(el);
  }
  return out;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * Every chart inside `container` (usually one; some panels stack two) as one SVG, laid out as on screen. Null
 * when there is no chart in it.
 */
export function chartSvg(container: Element): ChartSvg | null {
  const wrappers = [...container.querySelectorAll('.chart-plot')].filter((w) => w.querySelector(':scope > svg.chart-surface') !== null);
  if (wrappers.length === 0) return null;
  const rects = wrappers.map((w) => w.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const origin: Box = { left, top, width: right - left, height: bottom - top };
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);

  const doc = container.ownerDocument;
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  wrappers.forEach((wrapper) => {
    const surface = wrapper.querySelector<SVGSVGElement>(':scope > svg.chart-surface')!;
    const copy = inlineSvg(surface);
    const box = boxOf(surface, origin);
    copy.setAttribute('x', String(box.left));
    copy.setAttribute('y', String(box.top));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    root.append(copy);
    for (const el of legendAsSvg(wrapper, origin, doc)) root.append(el);
  });

  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
