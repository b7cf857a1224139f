import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { CreatedSnapshot } from '../../../../contract/snapshots';
import { formatDateTimeWib } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { snapshotMessages } from '../messages';
import { absoluteLink, whatsappHref } from '../models/share-link';

/** Copies with the Clipboard API; without it (plain http, an old browser) with the selection, if the browser still allows that. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.focus();
    input?.select();
    try {
      return typeof document.execCommand === 'function' && document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * The new link, shown once: the server keeps only its hash. A read-only field to copy it from, WhatsApp
 * (where most links travel), open it, and until when it works.
 */
export function SnapshotCreated({ titleId, title, created, onDone }: { titleId: string; title: string; created: CreatedSnapshot; onDone: () => void }) {
  const m = useMessages(snapshotMessages);
  const { lang } = useT();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const link = absoluteLink(created.url, window.location.origin);

  // The form that had the focus is gone: the link takes it, selected, ready to copy by hand too. Before the
  // paint, in the same commit that removes the form (a passive effect runs a frame later on Preact, and the
  // focus would sit on <body> until then).
  useLayoutEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function copy() {
    setStatus('');
    const copied = await copyText(link, inputRef.current);
    setStatus(copied ? m.copied : m.copySelected);
  }

  return (
    <div className="snapshot-created">
      <h2 id={titleId} className="dialog__title">
        {m.createdTitle}
      </h2>
      <p className="dialog__warning" id={`${id}-once`}>
        {m.onceWarning}
      </p>
      <div className="form-field snapshot-link">
        <label htmlFor={`${id}-link`}>{m.linkLabel}</label>
        <div className="snapshot-link__row">
          <input
            ref={inputRef}
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            className="snapshot-link__input"
            aria-describedby={`${id}-once`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            {m.copy}
          </button>
        </div>
        <p className="snapshot-link__status" role="status">
          {status}
        </p>
      </div>
      <p className="snapshot-created__expiry">{m.validUntil(formatDateTimeWib(created.expiresAt, lang))}</p>
      <div className="snapshot-created__share">
        <a className="button button--secondary snapshot-whatsapp" href={whatsappHref(title, link)} target="_blank" rel="noopener noreferrer">
          {m.whatsapp}
          <span className="visually-hidden"> {m.newTab}</span>
        </a>
        <a className="button button--quiet" href={link} target="_blank" rel="noopener noreferrer">
          {m.open}
          <span className="visually-hidden"> {m.newTab}</span>
        </a>
      </div>
      <p className="form-field__hint">{m.revokeHint}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet button--large" onClick={onDone}>
          {m.done}
        </button>
      </div>
    </div>
  );
}
