import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { EventInput } from '../../../../contract/events';
import { ApiError, apiRefusal } from '@/lib/api-client';
import { useMessages } from '@/lib/i18n/define-messages';
import { parseValidationMessage } from '@/lib/field-errors';
import { eventMessages } from '../messages';
import { checkEventForm, EVENT_FIELDS, toFieldErrors, type EventField, type EventFormValues, type FieldErrors } from '../models/event-form';

interface EventFormProps {
  initial: EventFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The last attempt's failure: a 400 from the server lands next to its fields. */
  error: unknown;
  onSubmit: (input: EventInput) => void;
  onCancel?: () => void;
}

/** What the server said, per field, when it refused the input as invalid. */
function serverErrors(error: unknown, own: Record<EventField, string>): { fields: FieldErrors; other: string[] } {
  if (error instanceof ApiError && error.status === 400 && error.code === 'invalid_request') {
    return toFieldErrors(parseValidationMessage(error.message), own);
  }
  return { fields: {}, other: [] };
}

/**
 * Date, title, kind and note of an event. Checked with the contract's schema before sending; whatever
 * the server still refuses shows next to its field, in the same words. The first bad field gets the focus.
 */
export function EventForm({ initial, submitLabel, pendingLabel, pending, error, onSubmit, onCancel }: EventFormProps) {
  const m = useMessages(eventMessages);
  const id = useId();
  const [values, setValues] = useState<EventFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // A server message goes away once its field is changed, as a client one does.
  const [changedSinceError, setChangedSinceError] = useState<ReadonlySet<EventField>>(new Set());
  const refs = useRef<Partial<Record<EventField, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null>>>({});

  const fromServer = serverErrors(error, m.errors);
  const stillStanding = Object.fromEntries(Object.entries(fromServer.fields).filter(([field]) => !changedSinceError.has(field as EventField)));
  const errors: FieldErrors = { ...stillStanding, ...clientErrors };
  const refusal = error && Object.keys(fromServer.fields).length === 0 ? (fromServer.other[0] ?? apiRefusal(error) ?? m.failed) : null;

  const focusFirstError = (found: FieldErrors) => {
    const first = EVENT_FIELDS.find((f) => found[f] !== undefined);
    if (first) refs.current[first]?.focus();
  };

  // A refusal from the server arrives after the submit: move to the field it names.
  useEffect(() => {
    setChangedSinceError(new Set());
    if (error) focusFirstError(serverErrors(error, m.errors).fields);
  }, [error]); // only when a new error arrives

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    const checked = checkEventForm(values);
    if (!checked.ok) {
      const { fields } = toFieldErrors(checked.issues, m.errors);
      setClientErrors(fields);
      focusFirstError(fields);
      return;
    }
    setClientErrors({});
    onSubmit(checked.input);
  }

  const set = (field: EventField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (clientErrors[field]) setClientErrors(({ [field]: _gone, ...rest }) => rest);
    if (!changedSinceError.has(field)) setChangedSinceError((changed) => new Set([...changed, field]));
  };
  const fieldId = (field: EventField) => `${id}-${field}`;
  const errorId = (field: EventField) => `${id}-${field}-error`;
  const describedBy = (field: EventField, hint?: string) => [errors[field] ? errorId(field) : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const invalid = (field: EventField) => (errors[field] ? true : undefined);
  const fieldError = (field: EventField) =>
    errors[field] ? (
      <p className="form-field__error" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null;
  const hintId = `${id}-title-hint`;

  return (
    <form className="form event-form" onSubmit={submit} noValidate aria-busy={pending}>
      <div className="form__alert" role="alert">
        {refusal}
      </div>
      <div className="form-field">
        <label htmlFor={fieldId('date')}>{m.fields.date}</label>
        <input
          ref={(el) => {
            refs.current.date = el;
          }}
          id={fieldId('date')}
          type="date"
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
          aria-invalid={invalid('date')}
          aria-describedby={describedBy('date')}
        />
        {fieldError('date')}
      </div>
      <div className="form-field">
        <label htmlFor={fieldId('title')}>{m.fields.title}</label>
        <input
          ref={(el) => {
            refs.current.title = el;
          }}
          id={fieldId('title')}
          type="text"
          value={values.title}
          maxLength={200}
          onChange={(e) => set('title', e.target.value)}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title', hintId)}
        />
        <p className="form-field__hint" id={hintId}>
          {m.titleHint}
        </p>
        {fieldError('title')}
      </div>
      <div className="form-field">
        <label htmlFor={fieldId('kind')}>{m.fields.kind}</label>
        <select
          ref={(el) => {
            refs.current.kind = el;
          }}
          id={fieldId('kind')}
          value={values.kind}
          onChange={(e) => set('kind', e.target.value)}
          aria-invalid={invalid('kind')}
          aria-describedby={describedBy('kind')}
        >
          {m.editableKinds.map((kind) => (
            <option key={kind} value={kind}>
              {m.kinds[kind]}
            </option>
          ))}
        </select>
        {fieldError('kind')}
      </div>
      <div className="form-field form-field--note">
        <label htmlFor={fieldId('note')}>{m.fields.note}</label>
        <textarea
          ref={(el) => {
            refs.current.note = el;
          }}
          id={fieldId('note')}
          value={values.note}
          rows={2}
          onChange={(e) => set('note', e.target.value)}
          aria-invalid={invalid('note')}
          aria-describedby={describedBy('note')}
        />
        {fieldError('note')}
      </div>
      <div className="event-form__actions">
        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet button--large" onClick={onCancel} disabled={pending}>
            {m.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
