import { useId, useState } from 'react';
import type { SnapshotView } from '../../../../contract/snapshots';
import { ModalDialog } from '@/components/confirm-dialog';
import { formatDate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { useCreateSnapshot } from '../api/create-snapshot';
import { snapshotMessages } from '../messages';
import { defaultTitle, describeParams, pageName } from '../models/describe-view';
import { SnapshotCreated } from './snapshot-created';
import { SnapshotForm } from './snapshot-form';
import '../snapshots.css';

interface ShareSnapshotButtonProps {
  /** The view on screen: its path and URL parameters as the page wrote them. */
  view: SnapshotView;
  csrfToken: string | null;
  /** When the data on screen was loaded, and the day it speaks for (null: none yet). */
  asOf: string | null;
  asOfDate: string | null;
  /** A unit's own name, for its page's title. */
  unitName?: (id: number) => string | undefined;
}

/**
 * "Bagikan snapshot": freezes the view on screen behind a public link. Staff only (the caller decides);
 * the dialog asks for a title, a note and how long the link lives, then shows the link once.
 */
export function ShareSnapshotButton({ view, csrfToken, asOf, asOfDate, unitName }: ShareSnapshotButtonProps) {
  const m = useMessages(snapshotMessages);
  const { t, lang } = useT();
  const create = useCreateSnapshot();
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const page = pageName(view.path, m, unitName);
  const openDialog = () => {
    create.reset();
    setOpen(true);
  };

  return (
    <>
      {/* On a phone the label shortens to its first word ("Bagikan"); the name stays whole. */}
      <button type="button" className="button button--quiet snapshot-share" aria-haspopup="dialog" aria-label={m.shareButton} onClick={openDialog}>
        <ShareIcon />
        <span>
          {m.shareButtonShort}
          <span className="snapshot-share__more"> {m.shareButtonMore}</span>
        </span>
      </button>
      <ModalDialog open={open} pending={create.isPending} labelledBy={titleId} className="snapshot-dialog" onClose={() => setOpen(false)}>
        {create.data && create.variables ? (
          <SnapshotCreated titleId={titleId} title={create.variables.input.title} created={create.data} onDone={() => setOpen(false)} />
        ) : (
          <SnapshotForm
            titleId={titleId}
            view={view}
            defaultTitle={defaultTitle(page, asOfDate, m, (iso) => formatDate(iso, lang))}
            frozen={{ page, filters: describeParams(view.params, m, t), asOf }}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate({ input, csrfToken })}
            onCancel={() => setOpen(false)}
          />
        )}
      </ModalDialog>
    </>
  );
}

function ShareIcon() {
  return (
    <svg className="snapshot-share__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="15" cy="4.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="5" cy="10" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="15" cy="15.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M7.2 8.8l5.6-3.1M7.2 11.2l5.6 3.1" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
