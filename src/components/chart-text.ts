/**
 * SVG text does not wrap, and measuring it needs a drawn DOM. Axis labels are wrapped by an
 * estimate of character width instead: good enough for names, and the same on every screen.
 */
export const CHAR_WIDTH_EM = 0.6;

export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_WIDTH_EM);
}

/** Greedy word wrap into at most `maxLines` lines of `maxChars`; an overflowing last line ends with "…". */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const limit = Math.max(4, maxChars);
  const lines: string[] = [];
  let current = '';
  const words = label.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  if (current) lines.push(current);
  const last = lines[lines.length - 1];
  if (last !== undefined && last.length > limit) lines[lines.length - 1] = `${last.slice(0, limit - 1).trimEnd()}…`;
  return lines;
}
