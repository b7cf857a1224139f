import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { SNAPSHOT_MAX_DAYS, type CreateSnapshotRequest, type SnapshotView } from '../../../../contract/snapshots';
import { ApiError, apiRefusal } from '@/lib/api-client';
import { parseValidationMessage } from '@/lib/field-errors';
import { formatDateTimeWib, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { snapshotMessages } from '../messages';
import { TITLE_MAX } from '../models/describe-view';
import {
  checkSnapshotForm,
  EXPIRY_CHOICES,
  expiryDays,
  initialValues,
  SNAPSHOT_FIELDS,
  snapshotFieldErrors,
  type ExpiryChoice,
  type SnapshotField,
  type SnapshotFieldErrors,
  type SnapshotFormValues,
} from '../models/snapshot-form';

const DAY_MS = 86_400_000;

export interface FrozenDescription {
  page: string;
  filters: string[];
  /** When the data on screen was loaded (null: nothing imported yet). */
  asOf: string | null;
}

interface SnapshotFormProps {
  titleId: string;
  view: SnapshotView;
  defaultTitle: string;
  frozen: FrozenDescription;
  pending: boolean;
  /** The last attempt's failure: a 400 from the server lands next to its fields. */
  error: unknown;
  onSubmit: (input: CreateSnapshotRequest) => void;
  onCancel: () => void;
}

/**
 * Title, note and lifetime of a new snapshot, above a plain statement of what gets frozen. Checked with
 * the contract's schema before sending; whatever the server still refuses shows by its field.
 */
export function SnapshotForm({ titleId, view, defaultTitle, frozen, pending, error, onSubmit, onCancel }: SnapshotFormProps) {
  const m = useMessages(snapshotMessages);
  const { lang } = useT();
  const id = useId();
  const [values, setValues] = useState<SnapshotFormValues>(() => initialValues(defaultTitle));
  const [clientErrors, setClientErrors] = useState<SnapshotFieldErrors>({});
  const [changedSinceError, setChangedSinceError] = useState<ReadonlySet<SnapshotField>>(new Set());
  const titleRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const customRef = useRef<HTMLInputElement>(null);
  const expiryRefs = useRef<Partial<Record<ExpiryChoice, HTMLInputElement | null>>>({});

  const english = lang === 'en';
  const fromServer = serverErrors(error, m.errors, english);
  const standing = Object.fromEntries(Object.entries(fromServer.fields).filter(([field]) => !changedSinceError.has(field as SnapshotField)));
  const errors: SnapshotFieldErrors = { ...standing, ...clientErrors };
  const refusal = error && Object.keys(fromServer.fields).length === 0 ? (fromServer.other[0] ?? apiRefusal(error) ?? m.failed) : null;

  const focusFirstError = (found: SnapshotFieldErrors, current: SnapshotFormValues) => {
    const first = SNAPSHOT_FIELDS.find((f) => found[f] !== undefined);
    if (first === 'title') titleRef.current?.focus();
    else if (first === 'note') noteRef.current?.focus();
    else if (first === 'expiresInDays') (current.expiry === 'custom' ? customRef.current : expiryRefs.current[current.expiry])?.focus();
  };

  // The dialog opens on its first question. `autoFocus` alone does not promise it: Preact only writes the
  // attribute, which the browser acts on at page load or in showModal(), not when the form mounts (React called
  // focus() on mount; so does this, before the first paint, as React did).
  useLayoutEffect(() => {
    titleRef.current?.focus();
  }, []);

  // A refusal from the server arrives after the submit: move to the field it names.
  useEffect(() => {
    setChangedSinceError(new Set());
    if (error) focusFirstError(serverErrors(error, m.errors, english).fields, values);
  }, [error]); // only when a new error arrives

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const checked = checkSnapshotForm(values, view);
    if (!checked.ok) {
      const { fields } = snapshotFieldErrors(checked.issues, m.errors, english);
      setClientErrors(fields);
      focusFirstError(fields, values);
      return;
    }
    setClientErrors({});
    onSubmit(checked.input);
  }

  const set = <K extends keyof SnapshotFormValues>(key: K, value: SnapshotFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    const field: SnapshotField = key === 'expiry' || key === 'customDays' ? 'expiresInDays' : key;
    if (clientErrors[field]) setClientErrors(({ [field]: _gone, ...rest }) => rest);
    if (!changedSinceError.has(field)) setChangedSinceError((changed) => new Set([...changed, field]));
  };

  const ids = {
    title: `${id}-title`,
    note: `${id}-note`,
    custom: `${id}-custom`,
    frozen: `${id}-frozen`,
    error: (field: SnapshotField) => `${id}-${field}-error`,
    hint: (field: string) => `${id}-${field}-hint`,
  };
  const describedBy = (field: SnapshotField, ...more: string[]) => [errors[field] ? ids.error(field) : null, ...more].filter(Boolean).join(' ') || undefined;
  const invalid = (field: SnapshotField) => (errors[field] ? true : undefined);
  const fieldError = (field: SnapshotField) =>
    errors[field] ? (
      <p className="form-field__error" id={ids.error(field)}>
        {errors[field]}
      </p>
    ) : null;

  const days = expiryDays(values);
  const validDays = Number.isInteger(days) && days >= 1 && days <= SNAPSHOT_MAX_DAYS;
  // Shown when the dialog renders; the server counts from its own clock, a few seconds later at most.
  const [openedAt] = useState(() => Date.now());
  const endsOn = validDays ? formatDateTimeWib(new Date(openedAt + days * DAY_MS).toISOString(), lang) : null;

  return (
    <form className="form snapshot-form" onSubmit={submit} noValidate aria-busy={pending}>
      <h2 id={titleId} className="dialog__title">
        {m.dialogTitle}
      </h2>
      <div className="snapshot-frozen" id={ids.frozen}>
        <p>{m.frozenLead}</p>
        <ul>
          <li>{m.frozenView(frozen.page)}</li>
          <li>{frozen.filters.length > 0 ? m.frozenFilters(frozen.filters.join(' · ')) : m.noFilters}</li>
          <li>{frozen.asOf ? m.frozenData(formatDateTimeWib(frozen.asOf, lang)) : m.frozenNoData}</li>
        </ul>
        <p className="snapshot-frozen__privacy">{m.noPersonalData}</p>
      </div>
      <div className="form__alert" role="alert">
        {refusal}
      </div>
      <div className="form-field">
        <label htmlFor={ids.title}>{m.fields.title}</label>
        <input
          ref={titleRef}
          id={ids.title}
          // For the browser's own dialog focusing (showModal); the effect above focuses it on mount as well.
          autoFocus
          type="text"
          value={values.title}
          maxLength={TITLE_MAX}
          autoComplete="off"
          onChange={(e) => set('title', e.target.value)}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title', ids.hint('title'))}
        />
        <p className="form-field__hint" id={ids.hint('title')}>
          {m.titleHint}
        </p>
        {fieldError('title')}
      </div>
      <div className="form-field">
        <label htmlFor={ids.note}>{m.fields.note}</label>
        <textarea
          ref={noteRef}
          id={ids.note}
          value={values.note}
          rows={2}
          maxLength={1000}
          onChange={(e) => set('note', e.target.value)}
          aria-invalid={invalid('note')}
          aria-describedby={describedBy('note', ids.hint('note'))}
        />
        <p className="form-field__hint" id={ids.hint('note')}>
          {m.noteHint}
        </p>
        {fieldError('note')}
      </div>
      <fieldset className="snapshot-expiry" aria-describedby={describedBy('expiresInDays', ids.hint('expiry'))}>
        <legend className="snapshot-expiry__legend">{m.fields.expiry}</legend>
        <div className="segmented__options">
          {EXPIRY_CHOICES.map((choice) => (
            <label key={choice} className="segmented__option">
              <input
                ref={(el) => {
                  expiryRefs.current[choice] = el;
                }}
                type="radio"
                name={`${id}-expiry`}
                value={choice}
                checked={values.expiry === choice}
                onChange={() => set('expiry', choice)}
              />
              <span>{m.expiryOptions[choice]}</span>
            </label>
          ))}
        </div>
        {values.expiry === 'custom' ? (
          <div className="form-field snapshot-expiry__custom">
            <label htmlFor={ids.custom}>{m.fields.customDays}</label>
            <input
              ref={customRef}
              id={ids.custom}
              type="number"
              inputMode="numeric"
              min={1}
              max={SNAPSHOT_MAX_DAYS}
              step={1}
              value={values.customDays}
              onChange={(e) => set('customDays', e.target.value)}
              aria-invalid={invalid('expiresInDays')}
              aria-describedby={describedBy('expiresInDays', ids.hint('custom'))}
            />
            <p className="form-field__hint" id={ids.hint('custom')}>
              {m.customDaysHint(formatNumber(SNAPSHOT_MAX_DAYS, lang))}
            </p>
          </div>
        ) : null}
        <p className="form-field__hint" id={ids.hint('expiry')}>
          {endsOn ? m.expiresOn(endsOn) : null}
        </p>
        {fieldError('expiresInDays')}
      </fieldset>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet button--large" onClick={onCancel} disabled={pending}>
          {m.cancel}
        </button>
        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {pending ? m.creating : m.create}
        </button>
      </div>
    </form>
  );
}

/** What the server said, per field, when it refused the input as invalid. */
function serverErrors(error: unknown, own: Record<SnapshotField, string>, english: boolean): { fields: SnapshotFieldErrors; other: string[] } {
  if (error instanceof ApiError && error.status === 400 && error.code === 'invalid_request') {
    return snapshotFieldErrors(parseValidationMessage(error.message), own, english);
  }
  return { fields: {}, other: [] };
}
