import { useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { ImportReport } from '../../../../contract/imports';
import { apiRefusal } from '@/lib/api-client';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n/use-t';
import { useUploadImport } from '../api/upload-import';

const ACCEPTED = /\.(csv|xlsx)$/i;
const ACCEPT_ATTRIBUTE = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

interface UploadPanelProps {
  csrfToken: string | null;
  onUploaded: (report: ImportReport) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * A drop zone with an ordinary file input behind a visible "Pilih berkas" button: keyboard and screen
 * readers use the input, mice may drop a file anywhere on the zone. Choosing a file starts the check at
 * once; that only stages it, nothing stored changes until the preview is confirmed.
 */
export function UploadPanel({ csrfToken, onUploaded, inputRef }: UploadPanelProps) {
  const { t, lang } = useT();
  const id = useId();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);

  function start(next: File) {
    if (!ACCEPTED.test(next.name)) {
      setFile(null);
      upload.reset();
      setWrongType(next.name);
      return;
    }
    setWrongType(null);
    setFile(next);
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    upload.mutate({ file: next, csrfToken, signal: abort.signal }, { onSuccess: onUploaded });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !upload.isPending) start(dropped);
  }

  const size = file ? formatBytes(file.size, lang) : '';
  const stopped = upload.isError && isAbort(upload.error);
  const failed = upload.isError && !stopped;
  let status = '';
  if (wrongType !== null) status = t.imports.wrongType(wrongType);
  else if (file && upload.isPending) status = t.imports.checking(file.name, size);
  else if (file && upload.isSuccess) status = t.imports.checked(file.name);
  else if (stopped) status = t.imports.uploadStopped;

  return (
    <section className="panel upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel__title">
        {t.imports.uploadTitle}
      </h3>
      <div
        className={`dropzone${dragging ? ' dropzone--over' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = upload.isPending ? 'none' : 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p className="dropzone__hint">{t.imports.dropHint}</p>
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="dropzone__input visually-hidden"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={`${id}-formats`}
          disabled={upload.isPending}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            // Cleared so that choosing the same file again, after fixing it, is a change too.
            e.target.value = '';
            if (chosen) start(chosen);
          }}
        />
        <label htmlFor={`${id}-input`} className="button button--primary button--large dropzone__button">
          {t.imports.chooseFile}
        </label>
        <p id={`${id}-formats`} className="dropzone__formats">
          {t.imports.formatsHint}
        </p>
        {file ? (
          <p className="dropzone__file">
            <span className="dropzone__file-name">{file.name}</span> <span className="dropzone__file-size">{size}</span>
          </p>
        ) : null}
      </div>

      <div className="upload__status">
        <p role="status" className={wrongType !== null ? 'upload__message upload__message--error' : 'upload__message'}>
          {upload.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {status}
        </p>
        {upload.isPending ? (
          <>
            <progress className="upload__progress" aria-label={status} />
            <button type="button" className="button button--quiet" onClick={() => controller.current?.abort()}>
              {t.imports.stopUpload}
            </button>
          </>
        ) : null}
      </div>

      {failed ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{t.imports.uploadFailed}</p>
          <p className="state__body">{apiRefusal(upload.error) ?? t.imports.uploadFailedBody}</p>
          {file ? (
            <button type="button" className="button button--primary" onClick={() => start(file)}>
              {t.retry}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
