import { EventInput } from '../../../../contract/events';

/**
 * The event form's values and its errors, field by field. The server names a bad field in its 400
 * answer ("title: judul wajib diisi; date: not a calendar date"); the form checks the same contract
 * schema before sending, so both paths end in the same per-field messages.
 */

export const EVENT_FIELDS = ['date', 'title', 'kind', 'note'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type FieldErrors = Partial<Record<EventField, string>>;

export interface EventFormValues {
  date: string;
  title: string;
  kind: string;
  note: string;
}

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

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

const isField = (field: string): field is EventField => (EVENT_FIELDS as readonly string[]).includes(field);

/**
 * Issues as one message per field. Title and note messages come from the contract, written in
 * Indonesian for people; date and kind ones are the schema's own terse words, so the form says them
 * in its own. The first issue of a field wins. Issues on no known field are returned apart.
 */
export function toFieldErrors(issues: readonly Issue[], own: Record<EventField, string>): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    if (!isField(issue.field)) {
      other.push(sentence(issue.message));
      continue;
    }
    if (fields[issue.field] !== undefined) continue;
    const useOwn = issue.field === 'date' || issue.field === 'kind' || issue.message.trim() === '';
    fields[issue.field] = useOwn ? own[issue.field] : sentence(issue.message);
  }
  return { fields, other };
}

/** The form's values as the API's input, or the issues the contract schema finds. */
export function checkEventForm(values: EventFormValues): { ok: true; input: EventInput } | { ok: false; issues: Issue[] } {
  const parsed = EventInput.safeParse({
    date: values.date,
    title: values.title,
    kind: values.kind,
    note: values.note.trim() === '' ? null : values.note,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })) };
}
