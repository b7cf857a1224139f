import { useId } from 'react';
import { CsvButton } from '@/components/csv-button';
import { DataTable, type Column } from '@/components/data-table';
import { tableCsv } from '@/components/table-csv';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { percentCell } from '@/lib/export/csv';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { useEvents } from '../api/get-events';
import { eventMessages } from '../messages';
import { numberEvents, type NumberedEvent } from '../models/event-annotations';
import { EVENT_SORT_KEYS, eventSortParam, type EventSortKey } from '@/lib/url-state/params';
import { largestRise, sortEvents } from '../models/event-table';
import { EventChange, EventTitle, formatChange } from './event-effect';
import '../events.css';

/**
 * "Peristiwa kampanye": every event with the registrations in the 14 days before and from it, and the
 * change, sortable (the order lives in the URL). Numbers match the markers on the time charts.
 */
export function EventsSection({ asOfDate, headingLevel = 2 }: {
  /** The data's date (e.g. the summary's): events whose 14 days after are still running get no change yet. */
  asOfDate?: string | null;
  headingLevel?: 2 | 3;
}) {
  const { lang } = useT();
  const m = useMessages(eventMessages);
  const headingId = useId();
  const query = useEvents();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const columns = useEventColumns();
  const [sort] = useUrlParam(eventSortParam);
  const events = query.data ? numberEvents(query.data.events, asOfDate) : null;

  let body;
  if (events) {
    const best = largestRise(events);
    body =
      events.length === 0 ? (
        <p className="muted">{m.panelEmpty}</p>
      ) : (
        <>
          <div className="panel__summary">
            <p className="events-panel__intro">{m.panelIntro}</p>
            {best ? <p className="events-panel__best">{m.panelBest(best.title, formatDate(best.date, lang), formatChange(best.change, lang)!)}</p> : null}
          </div>
          <EventsTable events={events} />
        </>
      );
  } else if (query.isError && !query.isFetching) {
    body = <ErrorState onRetry={() => void query.refetch()} />;
  } else {
    body = <Skeleton lines={5} />;
  }

  return (
    <section className="panel events-panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <Heading id={headingId} className="panel__title">
          {m.panelTitle}
        </Heading>
        {events && events.length > 0 ? (
          <CsvButton title={m.panelTitle} table={() => tableCsv('peristiwa', columns, sortEvents(events, sort))} asOfDate={asOfDate ?? null} />
        ) : null}
      </div>
      <div className="panel__body" aria-busy={query.isFetching}>
        {body}
      </div>
    </section>
  );
}

function EventsTable({ events }: { events: readonly NumberedEvent[] }) {
  const m = useMessages(eventMessages);
  const [sort, setSort] = useUrlParam(eventSortParam);

  function onSort(column: string) {
    const key = EVENT_SORT_KEYS.find((k) => k === column);
    if (!key) return;
    // A new column starts with the largest (or newest) first.
    setSort({ key, direction: sort.key === key && sort.direction === 'desc' ? 'asc' : 'desc' });
  }

  const columns = useEventColumns();

  return (
    <div className="events-table">
      <DataTable
        caption={m.tableCaption}
        columns={columns}
        rows={sortEvents(events, sort)}
        rowKey={(e) => e.id}
        sort={{ column: sort.key, direction: sort.direction, onSort }}
        maxHeight="32rem"
      />
    </div>
  );
}

/** The events table's columns, shared by the table and its CSV export (change as a percentage). */
function useEventColumns(): Column<NumberedEvent>[] {
  const { lang } = useT();
  const m = useMessages(eventMessages);
  const n = (value: number) => formatNumber(value, lang);
  return [
    { id: 'date' satisfies EventSortKey, header: m.columns.date, sortable: true, cell: (e) => <span className="nowrap">{formatDate(e.date, lang)}</span>, csv: (e) => e.date },
    {
      id: 'title',
      header: m.columns.title,
      rowHeader: true,
      cell: (e) => <EventTitle event={e} />,
      csv: (e) => e.title,
    },
    { id: 'kind', header: m.columns.kind, cell: (e) => m.kinds[e.kind], csv: (e) => m.kinds[e.kind] },
    { id: 'before' satisfies EventSortKey, header: m.columns.before, sortable: true, align: 'end', cell: (e) => n(e.before), csv: (e) => e.before },
    { id: 'after' satisfies EventSortKey, header: m.columns.after, sortable: true, align: 'end', cell: (e) => n(e.after), csv: (e) => e.after },
    { id: 'change' satisfies EventSortKey, header: m.columns.change, sortable: true, align: 'end', cell: (e) => <EventChange event={e} />, csv: (e) => percentCell(e.change) },
  ];
}
