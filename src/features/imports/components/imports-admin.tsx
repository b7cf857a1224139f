import { useRef, useState } from 'react';
import { AdminIntro } from '@/components/admin-intro';
import { useT } from '@/lib/i18n/use-t';
import { useUrlParam } from '@/lib/use-url-param';
import { ImportHelp } from './import-help';
import { ImportHistory } from './import-history';
import { importParam } from './import-param';
import { ImportReportPanel } from './import-report-panel';
import { UploadPanel } from './upload-panel';

/**
 * The admin import page: upload, preview and confirm, history with undo, and which files are accepted.
 * The import on screen lives in the URL (`?impor=12`).
 */
export function ImportsAdmin({ csrfToken }: { csrfToken: string | null }) {
  const { t } = useT();
  const [currentId, setCurrentId] = useUrlParam(importParam);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  return (
    <div className="admin">
      <AdminIntro title={t.imports.pageTitle} intro={t.imports.pageIntro} className="admin__intro" />
      <div className="admin__main">
        <UploadPanel
          csrfToken={csrfToken}
          inputRef={inputRef}
          onUploaded={(report) => {
            setNotice('');
            setCurrentId(report.id);
            setFocusRequest((n) => n + 1);
          }}
        />
        <p role="status" className={notice ? 'notice notice--ok' : 'visually-hidden'}>
          {notice}
        </p>
        {currentId !== null ? (
          <ImportReportPanel
            key={currentId}
            id={currentId}
            csrfToken={csrfToken}
            focusRequest={focusRequest}
            onCancelled={(report) => {
              setCurrentId(null);
              setNotice(t.imports.cancelledNotice(report.fileName));
              inputRef.current?.focus();
            }}
            onClose={() => {
              setCurrentId(null);
              setNotice('');
              inputRef.current?.focus();
            }}
          />
        ) : null}
      </div>
      <aside className="admin__help" aria-label={t.imports.helpTitle}>
        <ImportHelp />
      </aside>
      <div className="admin__history">
        <ImportHistory csrfToken={csrfToken} onUndone={(report) => setNotice(t.imports.undoneNotice(report.fileName))} />
      </div>
    </div>
  );
}
