import type { ImportList } from '../../../../contract/imports';
import { ConfirmDialog } from '@/components/confirm-dialog';
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
 * Asks before undoing an import, in a modal dialog. It says exactly
 * what undoing restores, from the import's own counts, before anything happens.
 */
export function UndoDialog({ target, pending, error, onConfirm, onClose }: UndoDialogProps) {
  const { t, lang } = useT();
  const n = (value: number | null) => formatNumber(value ?? 0, lang);
  return (
    <ConfirmDialog
      open={target !== null}
      pending={pending}
      title={target ? t.imports.undoTitle(target.fileName) : null}
      body={
        target ? (
          <>
            <p>{t.imports.undoBody(target.appliedAt ? formatDateTimeWib(target.appliedAt, lang) : '—')}</p>
            <ul>
              <li>{t.imports.undoAdded(n(target.added))}</li>
              <li>{t.imports.undoUpdated(n(target.updated))}</li>
              <li>{t.imports.undoUnchanged(n(target.unchanged))}</li>
            </ul>
            {target.replacesDemo ? <p className="dialog__warning">{t.imports.undoDemo}</p> : null}
          </>
        ) : null
      }
      error={error ? (apiRefusal(error) ?? `${t.errorTitle}. ${t.errorBody}`) : null}
      keepLabel={t.imports.undoKeep}
      confirmLabel={t.imports.undoConfirm}
      pendingLabel={t.imports.undoing}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
