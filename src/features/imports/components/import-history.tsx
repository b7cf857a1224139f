import { useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ImportList, ImportReport } from '../../../../contract/imports';
import { DataTable, type Column } from '@/components/data-table';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { formatDateTimeWib, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { writeParam } from '@/lib/url-state/param';
import { useImports } from '../api/get-imports';
import { useUndoImport } from '../api/undo-import';
import { importParam } from './import-param';
import { UndoDialog } from './undo-dialog';

type ImportSummary = ImportList['imports'][number];

/** Recent imports, newest first; the newest applied one can be undone, after a confirmation. */
export function ImportHistory({ csrfToken, onUndone }: { csrfToken: string | null; onUndone: (report: ImportReport) => void }) {
  const { t, lang } = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = useImports();
  const undo = useUndoImport();
  const [params] = useSearchParams();
  const [target, setTarget] = useState<ImportSummary | null>(null);
  // After an undo the button that opened the dialog is gone: the focus goes to the heading instead.
  const focusHeadingOnClose = useRef(false);
  const count = (value: number | null, row: ImportSummary) => (value === null || row.status === 'failed' ? '—' : formatNumber(value, lang));

  const columns: Column<ImportSummary>[] = [
    { id: 'when', header: t.imports.historyColumns.when, cell: (r) => <span className="nowrap">{formatDateTimeWib(r.createdAt, lang)}</span> },
    {
      id: 'file',
      header: t.imports.historyColumns.file,
      rowHeader: true,
      cell: (r) => {
        const search = writeParam(importParam, params, r.id).toString();
        return (
          <Link className="file-link" to={{ search: search ? `?${search}` : '' }} preventScrollReset>
            {r.fileName}
          </Link>
        );
      },
    },
    { id: 'kind', header: t.imports.historyColumns.kind, cell: (r) => (r.kind ? t.imports.kinds[r.kind] : '—') },
    { id: 'by', header: t.imports.historyColumns.by, cell: (r) => r.importedBy ?? '—' },
    {
      id: 'status',
      header: t.imports.historyColumns.status,
      cell: (r) => (
        <>
          <span className={`badge badge--status-${r.status}`}>{t.imports.statuses[r.status]}</span>
          {r.partial ? <span className="cell-note">{t.imports.partialTag}</span> : null}
        </>
      ),
    },
    { id: 'added', header: t.imports.historyColumns.added, align: 'end', cell: (r) => count(r.added, r) },
    { id: 'updated', header: t.imports.historyColumns.updated, align: 'end', cell: (r) => count(r.updated, r) },
    { id: 'unchanged', header: t.imports.historyColumns.unchanged, align: 'end', cell: (r) => count(r.unchanged, r) },
    { id: 'rejected', header: t.imports.historyColumns.rejected, align: 'end', cell: (r) => count(r.rejected, r) },
    {
      id: 'actions',
      header: t.imports.historyColumns.actions,
      cell: (r) =>
        r.canUndo ? (
          <button
            type="button"
            className="button button--quiet"
            // The visible word first, then which import: "Urungkan impor rekap.csv".
            aria-label={`${t.imports.undo} ${t.imports.undoFor(r.fileName)}`}
            onClick={() => {
              undo.reset();
              setTarget(r);
            }}
          >
            {t.imports.undo}
          </button>
        ) : null,
    },
  ];

  let body;
  if (query.data) {
    body =
      query.data.imports.length === 0 ? (
        <p className="muted">{t.imports.historyEmpty}</p>
      ) : (
        <DataTable caption={t.imports.historyCaption} columns={columns} rows={query.data.imports} rowKey={(r) => String(r.id)} maxHeight="32rem" />
      );
  } else if (query.isError && !query.isFetching) {
    body = <ErrorState onRetry={() => void query.refetch()} />;
  } else {
    body = <Skeleton lines={4} />;
  }

  return (
    <section className="panel history" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
        {t.imports.historyTitle}
      </h3>
      <div className="panel__body" aria-busy={query.isFetching}>
        {body}
      </div>
      <UndoDialog
        target={target}
        pending={undo.isPending}
        error={undo.error}
        onClose={() => {
          setTarget(null);
          if (focusHeadingOnClose.current) {
            focusHeadingOnClose.current = false;
            headingRef.current?.focus();
          }
        }}
        onConfirm={() => {
          if (!target) return;
          undo.mutate(
            { id: target.id, csrfToken },
            {
              onSuccess: (report) => {
                focusHeadingOnClose.current = true;
                setTarget(null);
                onUndone(report);
              },
            },
          );
        }}
      />
    </section>
  );
}
