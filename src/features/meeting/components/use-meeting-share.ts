import { useState } from 'react';
import { useMe } from '@/features/auth/api/get-me';
import { useCreateSnapshot } from '@/features/snapshots/api/create-snapshot';
import { absoluteLink } from '@/features/snapshots/models/share-link';
import { formatDate } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../messages';
import { meetingSnapshotRequest, overviewLink } from '../models/share-target';

export interface MeetingShare {
  /** Where the QR code leads now. */
  href: string;
  kind: 'overview' | 'snapshot';
  /** Signed-in staff may freeze a snapshot (POST /api/snapshots needs a session). */
  canCreate: boolean;
  create: () => void;
  pending: boolean;
  failed: boolean;
}

/**
 * The closing slide's link: the live overview, until a signed-in staff member asks for a snapshot of it;
 * the snapshot's link (its token is shown only once) then stays for the rest of the meeting.
 */
export function useMeetingShare(asOfDate: string | null | undefined): MeetingShare {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const me = useMe();
  const create = useCreateSnapshot();
  const [snapshotHref, setSnapshotHref] = useState<string | null>(null);
  const origin = window.location.origin;
  const user = me.data?.user ?? null;
  const title = asOfDate ? m.snapshotTitle(formatDate(asOfDate, lang)) : m.snapshotTitleUndated;
  return {
    href: snapshotHref ?? overviewLink(origin, lang),
    kind: snapshotHref ? 'snapshot' : 'overview',
    canCreate: user !== null && snapshotHref === null,
    create: () =>
      create.mutate(
        { input: meetingSnapshotRequest(title, lang), csrfToken: me.data?.csrfToken ?? null },
        { onSuccess: (created) => setSnapshotHref(absoluteLink(created.url, origin)) },
      ),
    pending: create.isPending,
    failed: create.isError,
  };
}
