/**
 * A tagged template for server-rendered HTML: every interpolated value is escaped unless it is already
 * `Html` (the result of another `html` template or `raw`). Titles and notes typed by staff therefore always
 * reach the page as text, whatever they contain.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(part: HtmlPart): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup we wrote ourselves (never user text). */
export const raw = (markup: string) => new Html(markup);

/** Collapses the indentation between tags that multi-line templates leave, so the page stays small. */
export function compact(markup: string): string {
  return markup.replace(/>\s*\n\s*</g, '><').replace(/\n\s+/g, ' ');
}
