import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { EventInput } from '../../../../contract/events';
import { apiRefusal } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { eventMessages } from '../messages';
import type { NumberedEvent } from '../models/event-annotations';
import { EventForm } from './event-form';

/**
 * A modal <dialog> that opens while `open`: the platform traps focus, closes on Escape and gives the
 * focus back to the button that opened it. Escape does nothing while a request is under way.
 */
function Dialog({ open, pending, labelledBy, describedBy, onClose, children }: {
  open: boolean;
  pending: boolean;
  labelledBy: string;
  describedBy?: string;
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
      className="dialog"
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

export function EditEventDialog({ event, pending, error, onSave, onClose }: {
  event: NumberedEvent | null;
  pending: boolean;
  error: unknown;
  onSave: (input: EventInput) => void;
  onClose: () => void;
}) {
  const m = useMessages(eventMessages);
  const titleId = useId();
  return (
    <Dialog open={event !== null} pending={pending} labelledBy={titleId} onClose={onClose}>
      {event ? (
        <>
          <h3 id={titleId} className="dialog__title">
            {m.editTitle}
          </h3>
          <EventForm
            key={event.id}
            initial={{ date: event.date, title: event.title, kind: event.kind, note: event.note ?? '' }}
            submitLabel={m.save}
            pendingLabel={m.saving}
            pending={pending}
            error={error}
            onSubmit={onSave}
            onCancel={onClose}
          />
        </>
      ) : null}
    </Dialog>
  );
}

export function DeleteEventDialog({ event, pending, error, onConfirm, onClose }: {
  event: NumberedEvent | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const m = useMessages(eventMessages);
  const titleId = useId();
  const bodyId = useId();
  const refusal = error ? apiRefusal(error) : null;
  return (
    <Dialog open={event !== null} pending={pending} labelledBy={titleId} describedBy={bodyId} onClose={onClose}>
      {event ? (
        <>
          <h3 id={titleId} className="dialog__title">
            {m.deleteTitle(event.title)}
          </h3>
          <div id={bodyId} className="dialog__body">
            <p>{m.deleteBody(formatDate(event.date, lang))}</p>
          </div>
          {error ? (
            <p className="dialog__error" role="alert">
              {refusal ?? `${t.errorTitle}. ${t.errorBody}`}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button button--quiet button--large" onClick={onClose} disabled={pending}>
              {m.deleteKeep}
            </button>
            <button type="button" className="button button--danger button--large" onClick={onConfirm} disabled={pending}>
              {pending ? m.deleting : m.deleteConfirm}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
