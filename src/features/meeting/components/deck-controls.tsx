import { Link } from 'react-router';
import { localizedTo } from '@/lib/i18n/localized-path';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../messages';

interface DeckControlsProps {
  canGoBack: boolean;
  canGoOn: boolean;
  /** Null when auto-advance is off: no pause button then. */
  paused: boolean | null;
  fullscreen: { active: boolean; supported: boolean };
  onPrevious: () => void;
  onNext: () => void;
  onPause: () => void;
  onSetup: () => void;
  onFullscreen: () => void;
}

/**
 * On-screen controls for a mouse or a touch screen, each named for screen readers (and with its key in the
 * name). They fade out with the cursor after a few seconds without the mouse moving.
 */
export function DeckControls({ canGoBack, canGoOn, paused, fullscreen, onPrevious, onNext, onPause, onSetup, onFullscreen }: DeckControlsProps) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  return (
    <div className="deck-controls deck-chrome" role="group" aria-label={m.controlsLabel}>
      <button type="button" className="deck-button" aria-label={m.previous} title={m.previous} disabled={!canGoBack} onClick={onPrevious}>
        <Icon path="M15 5l-7 7 7 7" />
      </button>
      <button type="button" className="deck-button" aria-label={m.next} title={m.next} disabled={!canGoOn} onClick={onNext}>
        <Icon path="M9 5l7 7-7 7" />
      </button>
      {paused === null ? null : (
        <button type="button" className="deck-button" aria-label={paused ? m.resume : m.pause} title={paused ? m.resume : m.pause} onClick={onPause}>
          {paused ? <Icon path="M8 5v14l11-7z" filled /> : <Icon path="M7 5h4v14H7zM13 5h4v14h-4z" filled />}
        </button>
      )}
      <button type="button" className="deck-button" aria-label={m.setup} title={m.setup} aria-haspopup="dialog" onClick={onSetup}>
        <Icon path="M4 7h10M18 7h2M4 17h2M10 17h10M14 4v6M6 14v6" />
      </button>
      {fullscreen.supported ? (
        <button
          type="button"
          className="deck-button"
          aria-label={fullscreen.active ? m.exitFullscreen : m.fullscreen}
          title={fullscreen.active ? m.exitFullscreen : m.fullscreen}
          onClick={onFullscreen}
        >
          <Icon path={fullscreen.active ? 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5' : 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'} />
        </button>
      ) : null}
      <Link className="deck-button" to={localizedTo('/', lang)} aria-label={m.leave} title={m.leave}>
        <Icon path="M6 6l12 12M18 6L6 18" />
      </Link>
    </div>
  );
}

function Icon({ path, filled = false }: { path: string; filled?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
