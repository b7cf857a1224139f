import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportReport } from '../../../../contract/imports';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { apiRefusal } from '@/lib/api-client';
import { formatBytes, formatDateTimeWib, formatNumber } from '@/lib/format';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useT } from '@/lib/i18n/use-t';
import { useApplyImport } from '../api/apply-import';
import { useCancelImport } from '../api/cancel-import';
import { useImport } from '../api/get-import';
import { ImportProblems } from './import-problems';

interface ImportReportPanelProps {
  id: number;
  csrfToken: string | null;
  /** Bumped by the page after an upload: the preview takes the focus, so keyboard users land on it. */
  focusRequest: number;
  onCancelled: (report: ImportReport) => void;
  onClose: () => void;
}

/** One import: the preview with its counts, problems and buttons, or what became of it. */
export function ImportReportPanel({ id, csrfToken, focusRequest, onCancelled, onClose }: ImportReportPanelProps) {
  const { t } = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = useImport(id);
  const report = query.data;
  const [ownFocusRequest, setOwnFocusRequest] = useState(0);
  const focused = useRef(0);

  // Focus moves only when asked (after an upload, after saving), never on a plain page load.
  const wanted = focusRequest + ownFocusRequest;
  const loaded = report !== undefined;
  useEffect(() => {
    if (loaded && wanted > focused.current) {
      focused.current = wanted;
      headingRef.current?.focus();
    }
  }, [loaded, wanted]);

  return (
    <section className="panel report" aria-labelledby={headingId} aria-busy={query.isFetching}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
        {report ? t.imports.reportTitles[report.status] : t.imports.reportTitles.preview}
      </h3>
      {report ? (
        <ReportBody report={report} csrfToken={csrfToken} onApplied={() => setOwnFocusRequest((n) => n + 1)} onCancelled={onCancelled} onClose={onClose} />
      ) : query.isError && !query.isFetching ? (
        <ErrorState onRetry={() => void query.refetch()} />
      ) : (
        <Skeleton lines={4} />
      )}
    </section>
  );
}

interface ReportBodyProps {
  report: ImportReport;
  csrfToken: string | null;
  onApplied: () => void;
  onCancelled: (report: ImportReport) => void;
  onClose: () => void;
}

function ReportBody({ report, csrfToken, onApplied, onCancelled, onClose }: ReportBodyProps) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const problemsId = useId();
  const blockedId = useId();
  const apply = useApplyImport();
  const cancel = useCancelImport();
  const busy = apply.isPending || cancel.isPending;
  const valid = report.rows - report.rejected - report.skipped;
  const failure = apply.error ?? cancel.error;
  const lastAction = useRef<() => void>(() => {});

  const doApply = (partial: boolean) => {
    lastAction.current = () => doApply(partial);
    cancel.reset();
    apply.mutate({ id: report.id, partial, csrfToken }, { onSuccess: onApplied });
  };
  const doCancel = () => {
    lastAction.current = doCancel;
    apply.reset();
    cancel.mutate({ id: report.id, csrfToken }, { onSuccess: onCancelled });
  };

  const kind = report.kind ? t.imports.kinds[report.kind] : t.imports.kindUnknown;
  const when = formatDateTimeWib(report.createdAt, lang);
  const meta = [
    report.status === 'failed' ? null : kind,
    report.status === 'failed' ? null : t.imports.rowsFound(n(report.rows)),
    `${report.fileName} (${formatBytes(report.fileBytes, lang)})`,
    report.importedBy ? t.imports.uploadedBy(report.importedBy, when) : t.imports.uploadedAt(when),
  ].filter((part): part is string => part !== null);

  return (
    <div className="report__body">
      <p className="report__meta">
        {meta.map((part, i) => (
          <span key={i} className="report__meta-part">
            {part}
          </span>
        ))}
      </p>

      {report.status === 'failed' ? (
        <div className="callout callout--error">
          <p className="callout__title" lang="id">
            {report.failure}
          </p>
          <p>{t.imports.failureWhat}</p>
        </div>
      ) : null}

      {report.status === 'applied' ? (
        <div className="callout callout--ok">
          <p className="callout__title">
            {t.imports.appliedSummary(n(report.added ?? 0), n(report.updated ?? 0), n(report.unchanged ?? 0))}
          </p>
          {report.partial ? <p>{t.imports.appliedPartial(n(report.rejected))}</p> : null}
          {report.replacesDemo ? <p>{t.imports.replacedDemo}</p> : null}
          {report.appliedAt ? <p>{t.imports.appliedAt(formatDateTimeWib(report.appliedAt, lang))}</p> : null}
        </div>
      ) : null}

      {report.status === 'preview' || report.status === 'undone' ? <Counts report={report} /> : null}

      {report.status === 'undone' && report.undoneAt ? <p className="report__note">{t.imports.undoneNote(formatDateTimeWib(report.undoneAt, lang))}</p> : null}
      {report.status === 'cancelled' ? <p className="report__note">{t.imports.cancelledNote}</p> : null}
      {report.status === 'staging' ? <p className="report__note">{t.imports.stagingNote}</p> : null}

      {report.status === 'preview' ? (
        <ul className="report__notices" role="list">
          {report.replacesDemo ? <li className="notice notice--demo">{t.imports.replacesDemo}</li> : null}
          {report.sameFileAppliedAt ? (
            <li className="notice notice--warn">{t.imports.sameFile(formatDateTimeWib(report.sameFileAppliedAt, lang))}</li>
          ) : null}
          {report.duplicateWorkers ? <li className="notice">{t.imports.duplicates(n(report.duplicateWorkers))}</li> : null}
          {report.skipped > 0 ? <li className="notice">{t.imports.skipped(n(report.skipped))}</li> : null}
        </ul>
      ) : null}

      {report.problems.length > 0 ? <ImportProblems report={report} headingId={problemsId} /> : null}

      {report.status === 'preview' ? (
        <>
          {report.errorCount > 0 || !report.canApply ? (
            <p id={blockedId} className="report__blocked">
              {report.canApply ? t.imports.blockedByErrors(n(report.rejected)) : t.imports.nothingValid}
            </p>
          ) : null}
          <div className="report__actions">
            <button
              type="button"
              className="button button--primary button--large"
              disabled={busy || report.errorCount > 0 || !report.canApply}
              aria-describedby={report.errorCount > 0 || !report.canApply ? blockedId : undefined}
              onClick={() => doApply(false)}
            >
              {apply.isPending && apply.variables?.partial === false ? t.imports.saving : t.imports.save}
            </button>
            {report.errorCount > 0 && report.canApply ? (
              <button type="button" className="button button--secondary button--large" disabled={busy} onClick={() => doApply(true)}>
                {apply.isPending && apply.variables?.partial ? t.imports.saving : t.imports.savePartial(n(valid))}
              </button>
            ) : null}
            <button type="button" className="button button--quiet button--large" disabled={busy} onClick={doCancel}>
              {cancel.isPending ? t.imports.cancelling : t.imports.cancel}
            </button>
          </div>
        </>
      ) : null}

      {report.status === 'applied' || report.status === 'failed' || report.status === 'cancelled' || report.status === 'undone' ? (
        <div className="report__actions">
          {report.status === 'applied' ? (
            <Link className="button button--primary button--large" to={localizedTo('/', lang)}>
              {t.imports.viewDashboard}
            </Link>
          ) : null}
          <button type="button" className="button button--quiet button--large" onClick={onClose}>
            {t.imports.importAnother}
          </button>
        </div>
      ) : null}

      {failure ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{apiRefusal(failure) ?? t.errorTitle}</p>
          {apiRefusal(failure) === null ? <p className="state__body">{t.errorBody}</p> : null}
          {apiRefusal(failure) === null ? (
            <button type="button" className="button button--primary" onClick={() => lastAction.current()}>
              {t.retry}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Counts({ report }: { report: ImportReport }) {
  const { t, lang } = useT();
  const labels = report.status === 'preview' ? t.imports.previewCounts : t.imports.appliedCounts;
  const items = [
    { key: 'added', label: labels.added, value: report.added },
    { key: 'updated', label: labels.updated, value: report.updated },
    { key: 'unchanged', label: labels.unchanged, value: report.unchanged },
    { key: 'rejected', label: labels.rejected, value: report.rejected },
  ] as const;
  return (
    <dl className="counts">
      {items.map((item) => (
        <div key={item.key} className={`count count--${item.key}${item.key === 'rejected' && report.rejected > 0 ? ' count--alert' : ''}`}>
          <dt className="count__label">{item.label}</dt>
          <dd className="count__value">
            {item.value === null ? '—' : formatNumber(item.value, lang)} <span className="count__unit">{t.imports.rowsUnit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
