import { useMessages } from '@/lib/i18n/define-messages';
import { offlineMessages } from './messages';
import { useConnection } from './use-connection';
import './offline.css';

/**
 * "Not live" beside a data stamp, only while the data is not live. Words, not a colour or an icon alone,
 * and the hint in the text too (no hover-only information).
 */
export function OfflineBadge({ className }: { className?: string }) {
  const m = useMessages(offlineMessages);
  const { live } = useConnection();
  if (live) return null;
  return (
    <span className={className ? `offline-badge ${className}` : 'offline-badge'} title={m.notLiveHint}>
      {/* Heard as one line with the stamp before it: "Data per … · Tidak langsung: …". */}
      <span className="visually-hidden">· </span>
      {m.notLive}
      <span className="visually-hidden">. {m.notLiveHint}</span>
    </span>
  );
}
