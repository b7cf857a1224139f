import { EventInput } from '../../../../contract/events';
import { issuesOf, toFieldErrors as sharedToFieldErrors, type FieldErrors as SharedFieldErrors, type Issue } from '@/lib/field-errors';

/**
 * The event form's values and its errors, field by field. The server names a bad field in its 400
 * answer ("title: judul wajib diisi; date: not a calendar date"); the form checks the same contract
 * schema before sending, so both paths end in the same per-field messages.
 */

export const EVENT_FIELDS = ['date', 'title', 'kind', 'note'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type FieldErrors = SharedFieldErrors<EventField>;

export interface EventFormValues {
  date: string;
  title: string;
  kind: string;
  note: string;
}

/**
 * Issues as one message per field. Title and note messages come from the contract, written in
 * Indonesian for people; date and kind ones are the schema's own terse words, so the form says them
 * in its own. The first issue of a field wins. Issues on no known field are returned apart.
 */
export function toFieldErrors(issues: readonly Issue[], own: Record<EventField, string>): { fields: FieldErrors; other: string[] } {
  return sharedToFieldErrors(issues, EVENT_FIELDS, own, ['date', 'kind']);
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
  return { ok: false, issues: issuesOf(parsed.error) };
}
