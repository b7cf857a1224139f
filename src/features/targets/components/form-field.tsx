import type { InputHTMLAttributes, Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input (or a textarea) with its hint and its error, tied together for screen readers. */
export function FormField({ id, label, hint, error, value, onValue, inputRef, multiline, className, ...input }: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValue: (value: string) => void;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  multiline?: boolean;
  className?: string;
} & InputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const common = { id, ref: inputRef, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, disabled: input.disabled };
  return (
    <div className={['form-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onValue(e.target.value)} />
      ) : (
        <input {...input} {...common} onChange={(e) => onValue(e.target.value)} />
      )}
      {hint ? (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
