import { useEffect, useId, useRef } from 'react';
import type { ImportList } from '../../../../contract/imports';
import { apiRefusal } from '@/lib/api-client';
import { formatDateTimeWib, formatNumber } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';

type ImportSummary = ImportList['imports'][number];

interface UndoDialogProps {
  /** The import to undo; null closes the dialog. */
  target: ImportSummary | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal <dialog>: the platform traps focus, closes on Escape and returns focus on close. It says exactly
 * what undoing restores, from the import's own counts, before anything happens.
 */
export function UndoDialog({ target, pending, error, onConfirm, onClose }: UndoDialogProps) {
  const { t, lang } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const n = (value: number | null) => formatNumber(value ?? 0, lang);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  const refusal = error ? apiRefusal(error) : null;

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
      onCancel={(e) => {
        if (pending) e.preventDefault();
      }}
    >
      {target ? (
        <>
          <h3 id={titleId} className="dialog__title">
            {t.imports.undoTitle(target.fileName)}
          </h3>
          <div id={bodyId} className="dialog__body">
            <p>{t.imports.undoBody(target.appliedAt ? formatDateTimeWib(target.appliedAt, lang) : '—')}</p>
            <ul>
              <li>{t.imports.undoAdded(n(target.added))}</li>
              <li>{t.imports.undoUpdated(n(target.updated))}</li>
              <li>{t.imports.undoUnchanged(n(target.unchanged))}</li>
            </ul>
            {target.replacesDemo ? <p className="dialog__warning">{t.imports.undoDemo}</p> : null}
          </div>
          {error ? (
            <p className="dialog__error" role="alert">
              {refusal ?? `${t.errorTitle}. ${t.errorBody}`}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button button--quiet button--large" onClick={onClose} disabled={pending}>
              {t.imports.undoKeep}
            </button>
            <button type="button" className="button button--danger button--large" onClick={onConfirm} disabled={pending}>
              {pending ? t.imports.undoing : t.imports.undoConfirm}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
