import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { SnapshotStatus, type SnapshotListItem } from '../../../../contract/snapshots';
import { AdminIntro } from '@/components/admin-intro';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorState } from '@/components/error-state';
import { SegmentedControl } from '@/components/segmented-control';
import { Skeleton } from '@/components/skeleton';
import { apiRefusal } from '@/lib/api-client';
import { formatDate, formatDateTimeWib, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useMediaQuery } from '@/lib/use-media-query';
import { useUrlParam } from '@/lib/use-url-param';
import { enumParam } from '@/lib/url-state/param';
import { useRevokeSnapshot } from '../api/revoke-snapshot';
import { useSnapshots } from '../api/get-snapshots';
import { snapshotMessages } from '../messages';
import { describeParams, pageName } from '../models/describe-view';
import { liveViewTo } from '../models/snapshot-view';
import '../snapshots.css';

const STATUS_FILTERS = ['all', ...SnapshotStatus.options] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
/** `?status=revoked`; every link when missing. */
export const statusParam = enumParam('status', STATUS_FILTERS, 'all');

/**
 * /admin/tautan: every snapshot link with its page, author, lifetime, status and opens; the status filter
 * lives in the URL. A live link can be revoked, for good, after a confirmation.
 */
export function SnapshotsAdmin({ csrfToken, unitName }: { csrfToken: string | null; unitName?: (id: number) => string | undefined }) {
  const { t, lang } = useT();
  const m = useMessages(snapshotMessages);
  const query = useSnapshots();
  const revoke = useRevokeSnapshot();
  const [status, setStatus] = useUrlParam(statusParam);
  const [revoking, setRevoking] = useState<SnapshotListItem | null>(null);
  const [notice, setNotice] = useState('');
  // Nine columns do not fit a phone: there each link is a card with the same facts.
  const narrow = useMediaQuery('(max-width: 40rem)');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a revoke the row's button is gone: the focus goes to the list's heading.
  const focusListOnClose = useRef(false);

  function confirmRevoke() {
    if (!revoking) return;
    const gone = revoking;
    setNotice('');
    revoke.mutate(
      { id: gone.id, csrfToken },
      {
        onSuccess: () => {
          focusListOnClose.current = true;
          setNotice(m.revoked(gone.title));
          setRevoking(null);
        },
      },
    );
  }

  const dateTime = (iso: string) => <span className="nowrap">{formatDateTimeWib(iso, lang)}</span>;
  const columns: Column<SnapshotListItem>[] = [
    { id: 'title', header: m.columns.title, rowHeader: true, cell: (s) => <span className="snapshot-title">{s.title}</span> },
    {
      id: 'page',
      header: m.columns.page,
      cell: (s) => {
        const filters = describeParams(s.view.params, m, t);
        const page = pageName(s.view.path, m, unitName);
        return (
          <span className="snapshot-page">
            <Link to={liveViewTo(s.view)}>{m.seeLive(page)}</Link>
            {filters.length > 0 ? <span className="cell-note">{filters.join(' · ')}</span> : null}
          </span>
        );
      },
    },
    { id: 'author', header: m.columns.author, cell: (s) => s.author },
    { id: 'created', header: m.columns.created, cell: (s) => dateTime(s.createdAt) },
    { id: 'expires', header: m.columns.expires, cell: (s) => dateTime(s.expiresAt) },
    {
      id: 'status',
      header: m.columns.status,
      cell: (s) => (
        <span className="snapshot-status">
          <span className={`badge badge--snapshot-${s.status}`}>{m.statusFilter[s.status]}</span>
          {s.revokedAt ? <span className="cell-note">{m.revokedOn(formatDateTimeWib(s.revokedAt, lang))}</span> : null}
        </span>
      ),
    },
    {
      id: 'opens',
      header: m.columns.opens,
      cell: (s) => (
        <span className="snapshot-opens">
          <span className="nowrap">{m.timesOpened(formatNumber(s.opens, lang))}</span>
          <span className="cell-note">{s.lastOpenedAt ? m.lastOpened(formatDateTimeWib(s.lastOpenedAt, lang)) : m.neverOpened}</span>
        </span>
      ),
    },
    { id: 'asOf', header: m.columns.asOf, cell: (s) => <span className="nowrap">{s.asOfDate ? formatDate(s.asOfDate, lang) : m.noDataDate}</span> },
    {
      id: 'actions',
      header: m.columns.actions,
      cell: (s) =>
        s.status === 'live' ? (
          <button
            type="button"
            className="button button--quiet snapshot-revoke"
            aria-label={m.revokeFor(s.title)}
            onClick={() => {
              revoke.reset();
              setRevoking(s);
            }}
          >
            {m.revoke}
          </button>
        ) : null,
    },
  ];

  let body;
  if (query.data) {
    const all = query.data.snapshots;
    const count = (f: StatusFilter) => (f === 'all' ? all.length : all.filter((s) => s.status === f).length);
    const shown = status === 'all' ? all : all.filter((s) => s.status === status);
    const caption = status === 'all' ? m.tableCaption : m.tableCaptionFiltered(m.statusFilter[status]);
    body = (
      <>
        <SegmentedControl
          legend={m.statusLabel}
          value={status}
          options={STATUS_FILTERS.map((f) => ({ value: f, label: m.statusCount(m.statusFilter[f], formatNumber(count(f), lang)) }))}
          onChange={setStatus}
        />
        {all.length === 0 ? (
          <div className="state state--empty">
            <p className="state__title">{m.emptyTitle}</p>
            <p className="state__body">{m.emptyBody}</p>
          </div>
        ) : shown.length === 0 ? (
          <div className="state state--empty">
            <p className="state__title">{m.emptyFiltered}</p>
            <button type="button" className="button button--quiet" onClick={() => setStatus('all')}>
              {m.showAll}
            </button>
          </div>
        ) : narrow ? (
          <SnapshotCards caption={caption} columns={columns} rows={shown} />
        ) : (
          <DataTable
            caption={caption}
            columns={columns}
            rows={shown}
            rowKey={(s) => String(s.id)}
            rowClassName={(s) => (s.status === 'live' ? undefined : 'snapshot-row--ended')}
            maxHeight="48rem"
          />
        )}
      </>
    );
  } else if (query.isError && !query.isFetching) {
    body = <ErrorState onRetry={() => void query.refetch()} />;
  } else {
    body = <Skeleton lines={6} />;
  }

  return (
    <div className="snapshots-admin">
      <AdminIntro title={m.adminTitle} intro={m.adminIntro} notice={notice} />
      <section className="panel" aria-labelledby={headingId}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
          {m.listTitle}
        </h3>
        <div className="panel__body snapshots-admin__body" aria-busy={query.isFetching}>
          {body}
        </div>
      </section>
      <ConfirmDialog
        open={revoking !== null}
        pending={revoke.isPending}
        title={revoking ? m.confirmTitle(revoking.title) : null}
        body={<p>{m.confirmBody}</p>}
        error={revoke.error ? (apiRefusal(revoke.error) ?? `${t.errorTitle}. ${t.errorBody}`) : null}
        keepLabel={m.confirmKeep}
        confirmLabel={m.confirmRevoke}
        pendingLabel={m.revoking}
        onConfirm={confirmRevoke}
        onClose={() => {
          setRevoking(null);
          if (focusListOnClose.current) {
            focusListOnClose.current = false;
            headingRef.current?.focus();
          }
        }}
      />
    </div>
  );
}

/** The table's facts as one card per link, for narrow screens: the title on top, the action at the bottom. */
function SnapshotCards({ caption, columns, rows }: { caption: string; columns: readonly Column<SnapshotListItem>[]; rows: readonly SnapshotListItem[] }) {
  const title = columns.find((c) => c.id === 'title')!;
  const actions = columns.find((c) => c.id === 'actions')!;
  // The status first: it is what a card is read for.
  const facts = columns.filter((c) => c !== title && c !== actions).sort((a, b) => Number(b.id === 'status') - Number(a.id === 'status'));
  return (
    <ul className="snapshot-cards" aria-label={caption}>
      {rows.map((s) => (
        <li key={s.id} className={s.status === 'live' ? 'snapshot-card' : 'snapshot-card snapshot-row--ended'}>
          <h4 className="snapshot-card__title">{title.cell(s)}</h4>
          <dl className="snapshot-card__facts">
            {facts.map((c) => (
              <div key={c.id}>
                <dt>{c.header}</dt>
                <dd>{c.cell(s)}</dd>
              </div>
            ))}
          </dl>
          {s.status === 'live' ? <div className="snapshot-card__actions">{actions.cell(s)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
