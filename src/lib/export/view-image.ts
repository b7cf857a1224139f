/**
 * A part of the page (the whole <main>, or one panel's chart when it is HTML rather than SVG) as an SVG image with
 * the HTML in a <foreignObject>: the browser's own layout and painting, so cards, tables, badges and charts look
 * exactly as on screen. The copy carries the page's stylesheets; it is laid out once in a hidden same-origin iframe
 * as wide as the image, to learn its height with the same media queries the image will see.
 *
 * What an image should not show is left out: anything marked `data-export-exclude` (toolbars, the export buttons
 * themselves), action buttons (`.button`: they do nothing on paper, as in print), tooltips, animations. Scrolling tables are opened to their full length.
 */

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export const EXPORT_EXCLUDE = '[data-export-exclude], .button, .chart-tooltip, .chart-pointer, .skip-link';

/** Rules the copy gets on top of the page's CSS. */
const EXPORT_CSS = `
:root { background: transparent !important; }
.export-root { margin: 0; padding: 0; }
.export-root .table-scroll { max-height: none !important; overflow: visible !important; }
.export-root *, .export-root *::before, .export-root *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`;

/** The page's CSS as text (every stylesheet is our own, so every rule is readable). */
export function pageCss(doc: Document = document): string {
  const parts: string[] = [];
  for (const sheet of doc.styleSheets) {
    try {
      for (const rule of sheet.cssRules) parts.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; the dashboard has none.
    }
  }
  return parts.join('\n');
}

/** Form state lives in properties that cloneNode does not carry over as attributes; serialising needs attributes. */
function copyFormState(live: Element, copy: Element): void {
  if (live instanceof HTMLInputElement && copy instanceof HTMLInputElement) {
    if (live.type === 'radio' || live.type === 'checkbox') copy.toggleAttribute('checked', live.checked);
    else copy.setAttribute('value', live.value);
  } else if (live instanceof HTMLTextAreaElement) {
    copy.textContent = live.value;
  } else if (live instanceof HTMLOptionElement && copy instanceof HTMLOptionElement) {
    copy.toggleAttribute('selected', live.selected);
  } else if (live instanceof HTMLCanvasElement && copy instanceof HTMLElement) {
    const img = copy.ownerDocument.createElement('img');
    img.src = live.toDataURL();
    img.width = live.width;
    img.height = live.height;
    img.className = live.className;
    copy.replaceWith(img);
    return;
  }
  const liveChildren = live.children;
  const copyChildren = [...copy.children];
  for (let i = 0; i < liveChildren.length; i++) {
    const child = copyChildren[i];
    if (child) copyFormState(liveChildren[i]!, child);
  }
}

/** Turns `<img src="/x.png">` into a data: URL: an SVG image loads nothing from outside itself. */
async function inlineImages(root: Element): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('img')].map(async (img) => {
      const src = img.getAttribute('src');
      if (!src || src.startsWith('data:')) return;
      try {
        const blob = await (await fetch(img.src)).blob();
        const dataUrl = await new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(blob);
        });
        img.setAttribute('src', dataUrl);
      } catch {
        img.remove();
      }
      img.removeAttribute('srcset');
      img.removeAttribute('loading');
    }),
  );
}

/**
 * Shallow copies of `el`'s ancestors up to (not including) `stop`, so rules such as `.coverage-retention .retention`
 * still match the copy. They keep tag and class, nothing else, and add no box of their own.
 */
function ancestorShells(el: Element, stop: Element | null, doc: Document): { outer: Element; inner: Element } | null {
  let outer: Element | null = null;
  let inner: Element | null = null;
  for (let a = el.parentElement; a && a !== stop && a.tagName !== 'BODY'; a = a.parentElement) {
    const shell = doc.createElement(a.tagName.toLowerCase());
    if (a.className && typeof a.className === 'string') shell.className = a.className;
    shell.setAttribute('style', 'display:block;margin:0;padding:0;border:0;width:auto;max-width:none;min-height:0;background:none;box-shadow:none;');
    if (outer) shell.append(outer);
    else inner = shell;
    outer = shell;
  }
  return outer && inner ? { outer, inner } : null;
}

function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

export interface DomSvg {
  /** An `<svg>` element's markup, `width` x `height` CSS px. */
  svg: string;
  width: number;
  height: number;
}

export interface DomToSvgOptions {
  /** Width of the image in CSS px; the element is laid out at this width. */
  width: number;
  /** Copy the element's ancestors as classed shells so descendant selectors keep matching (for a part of a page). */
  keepAncestors?: boolean;
  /** Extra elements to leave out (CSS selector), besides EXPORT_EXCLUDE. */
  exclude?: string;
}

export async function domToSvg(source: Element, { width, keepAncestors = false, exclude }: DomToSvgOptions): Promise<DomSvg> {
  const copy = source.cloneNode(true) as Element;
  copyFormState(source, copy);
  copy.querySelectorAll(exclude ? `${EXPORT_EXCLUDE}, ${exclude}` : EXPORT_EXCLUDE).forEach((el) => el.remove());
  copy.removeAttribute('id');
  copy.removeAttribute('tabindex');
  if (copy instanceof HTMLElement) {
    copy.style.width = `${width}px`;
    copy.style.maxWidth = 'none';
    copy.style.margin = '0';
  }
  await inlineImages(copy);

  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = `position:fixed;left:-${width + 1000}px;top:0;width:${width}px;height:600px;border:0;opacity:0;pointer-events:none;`;
  document.body.append(frame);
  try {
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    if (!doc || !win) throw new Error('no iframe document');
    doc.open();
    doc.write(`<!doctype html><html lang="${document.documentElement.lang}"><head></head><body style="margin:0"></body></html>`);
    doc.close();
    doc.documentElement.className = document.documentElement.className;

    const root = doc.createElementNS(XHTML_NS, 'div');
    root.className = 'export-root';
    root.setAttribute('style', `width:${width}px;`);
    const style = doc.createElementNS(XHTML_NS, 'style');
    style.textContent = `${pageCss()}\n${EXPORT_CSS}`;
    root.append(style);
    const adopted = doc.importNode(copy, true);
    const shells = keepAncestors ? ancestorShells(source, source.ownerDocument.body, doc) : null;
    if (shells) {
      shells.inner.append(adopted);
      root.append(shells.outer);
    } else {
      root.append(adopted);
    }
    doc.body.append(root);

    await doc.fonts.ready;
    await nextFrame(win);
    const height = Math.ceil(root.getBoundingClientRect().height);

    const markup = new XMLSerializer().serializeToString(root);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<foreignObject x="0" y="0" width="${width}" height="${height}">${markup}</foreignObject></svg>`;
    return { svg, width, height };
  } finally {
    frame.remove();
  }
}
