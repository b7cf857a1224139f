/**
 * A form's errors, field by field, from either path: the contract schema checked before sending, or the
 * server's 400 answer, which names each bad field as "path: message; path: message". Both end in the same
 * per-field messages.
 */

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface Issue {
  field: string;
  message: string;
}

/** Splits the API's `path: message; path: message` into issues; text without a path is a field-less issue. */
export function parseValidationMessage(message: string): Issue[] {
  return message
    .split(/;\s*/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^([\w.]+):\s*(.*)$/.exec(part);
      return match ? { field: match[1]!.split('.')[0]!, message: match[2]! } : { field: '', message: part };
    });
}

/** A zod error's issues, each on the top-level field of its path. */
export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Issue[] {
  return error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
}

/** Text as a sentence: capital first letter, closing punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

/** The schema's own terse English words (a date that is not a date, a number that is not one). */
const TERSE = /^(invalid|expected|too|not a calendar date)/i;

/**
 * Issues as one message per field: the first issue of a field wins. The contract's Indonesian words are
 * kept; terse schema words, empty messages and any field in `alwaysOwn` get the form's own message.
 * Issues on no known field are returned apart, as sentences.
 */
export function toFieldErrors<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
  own: Record<F, string>,
  alwaysOwn: readonly F[] = [],
): { fields: FieldErrors<F>; other: string[] } {
  const found: FieldErrors<F> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fields.find((f) => f === issue.field);
    if (field === undefined) {
      other.push(sentence(issue.message));
      continue;
    }
    if (found[field] !== undefined) continue;
    const message = issue.message.trim();
    found[field] = alwaysOwn.includes(field) || message === '' || TERSE.test(message) ? own[field] : sentence(message);
  }
  return { fields: found, other };
}
