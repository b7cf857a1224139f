import { CreateSnapshotRequest, SNAPSHOT_DEFAULT_DAYS, type SnapshotView } from '../../../../contract/snapshots';
import { issuesOf, toFieldErrors, type FieldErrors, type Issue } from '@/lib/field-errors';

/**
 * The share dialog's form: title, note and how long the link lives (7, 30 or 90 days, or any number up to
 * the contract's maximum). Checked with the contract's own schema before sending; the server's 400 names
 * the same fields, so both paths end in the same per-field messages.
 */

export const SNAPSHOT_FIELDS = ['title', 'note', 'expiresInDays'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
export type SnapshotFieldErrors = FieldErrors<SnapshotField>;

export const EXPIRY_CHOICES = ['7', '30', '90', 'custom'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export interface SnapshotFormValues {
  title: string;
  note: string;
  expiry: ExpiryChoice;
  /** Only read when `expiry` is `custom`. */
  customDays: string;
}

export function initialValues(title: string): SnapshotFormValues {
  return { title, note: '', expiry: String(SNAPSHOT_DEFAULT_DAYS) as ExpiryChoice, customDays: '' };
}

/** The number of days chosen; NaN when the custom number is not a number (the schema then names the field). */
export function expiryDays(values: Pick<SnapshotFormValues, 'expiry' | 'customDays'>): number {
  if (values.expiry !== 'custom') return Number(values.expiry);
  const text = values.customDays.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

export function checkSnapshotForm(values: SnapshotFormValues, view: SnapshotView): { ok: true; input: CreateSnapshotRequest } | { ok: false; issues: Issue[] } {
  const parsed = CreateSnapshotRequest.safeParse({
    title: values.title,
    note: values.note.trim() === '' ? null : values.note,
    view,
    expiresInDays: expiryDays(values),
  });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const { title, note, expiresInDays } = parsed.data;
  // The view as the page wrote it, not as the schema filled in its defaults.
  return { ok: true, input: { title, note, view, expiresInDays } };
}

/**
 * Issues as one message per field. The contract's Indonesian words are kept for Indonesian; in English
 * the form says every field's problem in its own words.
 */
export function snapshotFieldErrors(issues: readonly Issue[], own: Record<SnapshotField, string>, english: boolean): { fields: SnapshotFieldErrors; other: string[] } {
  return toFieldErrors(issues, SNAPSHOT_FIELDS, own, english ? SNAPSHOT_FIELDS : []);
}
