import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog> open while `open`: the platform traps the focus, closes on Escape and gives the focus
 * back to the button that opened it. Escape does nothing while a request is under way. The content is
 * only rendered while open.
 */
export function ModalDialog({ open, pending, labelledBy, describedBy, className, onClose, children }: {
  open: boolean;
  pending: boolean;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(e) => {
        if (pending) e.preventDefault();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}

/**
 * A modal question before a change: a title (the dialog's name), a body saying what will happen (its
 * description), the refusal if the last try failed, and two buttons: keep (closes) and confirm.
 */
export function ConfirmDialog({ open, pending, title, body, describedBy, error, keepLabel, confirmLabel, pendingLabel, tone = 'danger', className, onConfirm, onClose }: {
  open: boolean;
  pending: boolean;
  title: ReactNode;
  body: ReactNode;
  /** The id of the part of the body that describes the dialog; the whole body unless given. */
  describedBy?: string;
  /** What went wrong on the last try, already in words; null when nothing did. */
  error: string | null;
  keepLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  tone?: 'danger' | 'primary';
  className?: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <ModalDialog open={open} pending={pending} labelledBy={titleId} describedBy={describedBy ?? bodyId} className={className} onClose={onClose}>
      <h3 id={titleId} className="dialog__title">
        {title}
      </h3>
      <div id={bodyId} className="dialog__body">
        {body}
      </div>
      {error ? (
        <p className="dialog__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet button--large" onClick={onClose} disabled={pending}>
          {keepLabel}
        </button>
        <button type="button" className={`button button--${tone} button--large`} onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
