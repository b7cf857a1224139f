import { useId } from 'react';
import type { EventInput } from '../../../../contract/events';
import { ConfirmDialog, ModalDialog } from '@/components/confirm-dialog';
import { apiRefusal } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { eventMessages } from '../messages';
import type { NumberedEvent } from '../models/event-annotations';
import { EventForm } from './event-form';

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
    <ModalDialog open={event !== null} pending={pending} labelledBy={titleId} onClose={onClose}>
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
    </ModalDialog>
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
  return (
    <ConfirmDialog
      open={event !== null}
      pending={pending}
      title={event ? m.deleteTitle(event.title) : null}
      body={event ? <p>{m.deleteBody(formatDate(event.date, lang))}</p> : null}
      error={error ? (apiRefusal(error) ?? `${t.errorTitle}. ${t.errorBody}`) : null}
      keepLabel={m.deleteKeep}
      confirmLabel={m.deleteConfirm}
      pendingLabel={m.deleting}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
