/**
 * CSV export of a chart's data, written for Excel in the Indonesian locale.
 *
 * - UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and garbles non-ASCII text.
 * - Separator `;`: Excel takes the list separator from the Windows regional settings, and in id-ID the decimal
 *   separator is `,`, so the list separator is `;`. A `,`-separated file would open as one column there.
 * - Quoting per RFC 4180: a cell holding `"`, `;`, `,`, CR or LF is wrapped in quotes, quotes doubled. CRLF ends lines.
 * - Numbers: integers without thousands separators (`11000`), decimals with a comma (`73,4`), so Excel in id-ID
 *   reads them as numbers. Ratios are exported as percentages by the column (`percentCell`).
 * - Dates: the API's ISO dates (YYYY-MM-DD), which Excel recognises in any locale.
 * - Formula injection (OWASP "CSV injection"): a TEXT cell that starts with `=`, `+`, `-`, `@`, tab, CR or NUL is
 *   prefixed with a single quote, so Excel shows it as text instead of evaluating it. NUMERIC cells are never
 *   prefixed: they are written by `formatCsvNumber` from a JS number, so they hold only digits, one `-` and one
 *   `,`, which cannot form a formula; prefixing them would turn a genuine negative number (a fall, a gap) into text.
 *   The decision is by the cell's type, not its text: the string "-5" is text and is neutralised; the number -5 is not.
 */

export type CsvValue = string | number | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  // Method syntax on purpose: a table of any row type can be passed where CsvTable<unknown> is expected.
  value(row: Row): CsvValue;
}

export interface CsvTable<Row = unknown> {
  /** Slug of the chart, used in the file name. */
  name: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
}

export const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
const CRLF = '\r\n';

/** Leading characters that make Excel (or LibreOffice) treat a cell as a formula or mangle it. */
export const DANGEROUS_LEADING = ['=', '+', '-', '@', '\t', '\r', '\0'] as const;

/** A number as Excel in id-ID reads it: no thousands separator, comma for decimals; NaN/Infinity as empty. */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  return expandExponent(String(value)).replace('.', ',');
}

/** "1.5e-7" → "0.00000015", "1e21" → "1000000000000000000000": Excel would read exponent text as text here. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, int = '', frac = '', exp = '0'] = match;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A ratio (0.734) as a percentage number with one decimal (73,4). */
export function percentCell(ratio: number | null | undefined): number | null {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return null;
  return Math.round(ratio * 1000) / 10;
}

/** Text neutralised against formula injection. */
export function neutraliseText(text: string): string {
  return DANGEROUS_LEADING.some((c) => text.startsWith(c)) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value);
  return quote(neutraliseText(value));
}

/** The whole file's text, BOM first. Headers are text cells too (neutralised and quoted alike). */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(CSV_SEPARATOR)];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(CSV_SEPARATOR));
  return BOM + lines.join(CRLF) + CRLF;
}

/** Lower-case ASCII slug for file names: "Kab. Klaten – Unit" → "kab-klaten-unit". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'data';
}

/** `pantau-peduli_<chart-slug>_<asOfDate>.csv` */
export function csvFileName(chart: string, asOfDate: string | null): string {
  return `pantau-peduli_${slugify(chart)}${asOfDate ? `_${asOfDate}` : ''}.csv`;
}
