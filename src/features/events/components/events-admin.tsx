import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { todayInWib } from '../../../../contract/dates';
import type { EventInput } from '../../../../contract/events';
import { AdminIntro } from '@/components/admin-intro';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useCreateEvent } from '../api/create-event';
import { useDeleteEvent } from '../api/delete-event';
import { useEvents } from '../api/get-events';
import { useUpdateEvent } from '../api/update-event';
import { eventMessages } from '../messages';
import { numberEvents, type NumberedEvent } from '../models/event-annotations';
import { DeleteEventDialog, EditEventDialog } from './event-dialogs';
import { EventChange, EventTitle } from './event-effect';
import { EventForm } from './event-form';
import '../events.css';

/**
 * /admin/peristiwa: add, edit and delete the campaign's events. Imports and target changes are listed
 * too (they are on the charts) but kept by their own pages, which the list links to.
 */
export function EventsAdmin({ csrfToken, asOfDate }: { csrfToken: string | null; asOfDate?: string | null }) {
  const { lang } = useT();
  const m = useMessages(eventMessages);
  const query = useEvents();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const remove = useDeleteEvent();
  const [notice, setNotice] = useState('');
  const [addKey, setAddKey] = useState(0);
  const [editing, setEditing] = useState<NumberedEvent | null>(null);
  const [deleting, setDeleting] = useState<NumberedEvent | null>(null);
  const addHeadingId = useId();
  const listHeadingId = useId();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  // After a delete the button that opened the dialog is gone: the focus goes to the list's heading.
  const focusListOnClose = useRef(false);

  function add(input: EventInput) {
    setNotice('');
    create.mutate(
      { input, csrfToken },
      {
        onSuccess: () => {
          setNotice(m.added(input.title));
          setAddKey((k) => k + 1);
          create.reset();
        },
      },
    );
  }

  function save(input: EventInput) {
    if (!editing) return;
    setNotice('');
    update.mutate(
      { id: editing.id, input, csrfToken },
      {
        onSuccess: () => {
          setNotice(m.changed(input.title));
          setEditing(null);
        },
      },
    );
  }

  function confirmDelete() {
    if (!deleting) return;
    const gone = deleting;
    setNotice('');
    remove.mutate(
      { id: gone.id, csrfToken },
      {
        onSuccess: () => {
          focusListOnClose.current = true;
          setNotice(m.removed(gone.title));
          setDeleting(null);
        },
      },
    );
  }

  const columns: Column<NumberedEvent>[] = [
    { id: 'date', header: m.columns.date, cell: (e) => <span className="nowrap">{formatDate(e.date, lang)}</span> },
    {
      id: 'title',
      header: m.columns.title,
      rowHeader: true,
      cell: (e) => <EventTitle event={e} />,
    },
    { id: 'kind', header: m.columns.kind, cell: (e) => m.kinds[e.kind] },
    { id: 'before', header: m.columns.before, align: 'end', cell: (e) => formatNumber(e.before, lang) },
    { id: 'after', header: m.columns.after, align: 'end', cell: (e) => formatNumber(e.after, lang) },
    { id: 'change', header: m.columns.change, align: 'end', cell: (e) => <EventChange event={e} /> },
    { id: 'actions', header: m.columns.actions, cell: (e) => <EventActions event={e} onEdit={openEdit} onDelete={openDelete} /> },
  ];

  function openEdit(e: NumberedEvent) {
    update.reset();
    setEditing(e);
  }
  function openDelete(e: NumberedEvent) {
    remove.reset();
    setDeleting(e);
  }

  let list;
  if (query.data) {
    const events = numberEvents(query.data.events, asOfDate).reverse();
    list =
      events.length === 0 ? (
        <p className="muted">{m.panelEmpty}</p>
      ) : (
        <DataTable caption={m.listPanelCaption} columns={columns} rows={events} rowKey={(e) => e.id} maxHeight="40rem" />
      );
  } else if (query.isError && !query.isFetching) {
    list = <ErrorState onRetry={() => void query.refetch()} />;
  } else {
    list = <Skeleton lines={6} />;
  }

  return (
    <div className="events-admin">
      <AdminIntro title={m.pageTitle} intro={m.pageIntro} notice={notice} />
      <section className="panel events-admin__add" aria-labelledby={addHeadingId}>
        <h3 id={addHeadingId} className="panel__title">
          {m.addTitle}
        </h3>
        <EventForm
          key={addKey}
          initial={{ date: todayInWib(), title: '', kind: 'sosialisasi', note: '' }}
          submitLabel={m.add}
          pendingLabel={m.adding}
          pending={create.isPending}
          error={create.error}
          onSubmit={add}
        />
      </section>
      <section className="panel" aria-labelledby={listHeadingId}>
        <h3 id={listHeadingId} ref={listHeadingRef} tabIndex={-1} className="panel__title">
          {m.listPanelTitle}
        </h3>
        <p className="events-admin__derived">{m.derivedNote}</p>
        <div className="panel__body" aria-busy={query.isFetching}>
          {list}
        </div>
      </section>
      <EditEventDialog event={editing} pending={update.isPending} error={update.error} onSave={save} onClose={() => setEditing(null)} />
      <DeleteEventDialog
        event={deleting}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onClose={() => {
          setDeleting(null);
          if (focusListOnClose.current) {
            focusListOnClose.current = false;
            listHeadingRef.current?.focus();
          }
        }}
      />
    </div>
  );
}

function EventActions({ event, onEdit, onDelete }: { event: NumberedEvent; onEdit: (e: NumberedEvent) => void; onDelete: (e: NumberedEvent) => void }) {
  const { lang } = useT();
  const m = useMessages(eventMessages);
  if (event.kind === 'impor' || event.kind === 'target' || !event.editable) {
    const isImport = event.kind === 'impor';
    return (
      <span className="event-readonly">
        {isImport ? m.readOnlyImport : m.readOnlyTarget}{' '}
        <Link to={localizedTo(isImport ? '/admin/impor' : '/admin/target', lang)}>{isImport ? m.readOnlyImportLink : m.readOnlyTargetLink}</Link>
      </span>
    );
  }
  return (
    <span className="event-actions">
      <button type="button" className="button button--quiet" aria-label={`${m.edit} ${m.editFor(event.title)}`} onClick={() => onEdit(event)}>
        {m.edit}
      </button>
      <button type="button" className="button button--quiet" aria-label={`${m.remove} ${m.editFor(event.title)}`} onClick={() => onDelete(event)}>
        {m.remove}
      </button>
    </span>
  );
}
