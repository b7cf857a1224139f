import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { formatNumber } from '@/lib/format';
import { meetingMessages } from '../messages';
import { scheduleAutoAdvance } from '../models/auto-advance';
import { deckLink } from '../models/deck-params';
import { keyToAction, navigate, type DeckAction } from '../models/deck-keys';
import { deckSlides, pageToIndex, type SlideId } from '../models/slides';
import { PALETTES, paletteStyle } from '../models/theme';
import { DeckControls } from './deck-controls';
import { SetupPanel } from './setup-panel';
import { AttentionSlide } from './slides/attention-slide';
import { ClosingSlide } from './slides/closing-slide';
import { HeadlineSlide } from './slides/headline-slide';
import { LeaderboardSlide } from './slides/leaderboard-slide';
import { OccupationsSlide } from './slides/occupations-slide';
import { PaceSlide, preloadPaceSlide } from './slides/pace-slide';
import { RankingSlide } from './slides/ranking-slide';
import type { SlideProps } from './slides/slide-props';
import { useDeckData } from './use-deck-data';
import { useDeckUrl } from './use-deck-url';
import { SLIDE_HEIGHT, SLIDE_WIDTH, useFitSlide } from './use-fit-scale';
import { useFullscreen } from './use-fullscreen';
import { useIdle } from './use-idle';
import { useMeetingShare, type MeetingShare } from './use-meeting-share';
import '../meeting.css';

/** How often a looping deck asks for fresh data. */
const LOBBY_REFRESH_MS = 10 * 60_000;

/** Where keys belong to the element itself: typing, choosing, or a control the keyboard is on. */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/**
 * /rapat: the campaign as a deck of 16:9 slides for a projector or a TV. The deck's state lives in the
 * address (see models/deck-params.ts); the setup panel opens first when the deck has not started.
 */
export function MeetingDeck() {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const { settings, params, update } = useDeckUrl();
  const { pathname } = useLocation();
  const slides = deckSlides(settings.slides);
  const data = useDeckData(slides);
  const share = useMeetingShare(data.summary.data?.asOfDate);

  const count = slides.length;
  const started = settings.page !== null;
  const index = pageToIndex(settings.page ?? 1, count);
  const slide = slides[index]!;

  const [setupOpen, setSetupOpen] = useState(!started);
  // Every slide's code, not only the first one's, so the deck still works when the room's wifi drops.
  const hasPaceSlide = slides.includes('laju');
  useEffect(() => {
    if (hasPaceSlide) preloadPaceSlide();
  }, [hasPaceSlide]);
  const [paused, setPaused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const idle = useIdle();
  const fullscreen = useFullscreen();
  const stageRef = useRef<HTMLDivElement>(null);
  const fit = useFitSlide(stageRef);

  const goTo = useCallback((next: number) => update({ page: next + 1 }), [update]);

  // A page past the end (slides were taken out) is written back as the last one.
  useEffect(() => {
    if (settings.page !== null && settings.page !== index + 1) update({ page: index + 1 });
  }, [settings.page, index, update]);

  // Each slide change is said once, politely, for whoever follows with a screen reader.
  const slideName = m.slideNames[slide];
  useEffect(() => {
    if (started) setAnnouncement(m.slideLabel(formatNumber(index + 1, lang), formatNumber(count, lang), slideName));
  }, [started, index, count, slideName, m, lang]);

  const auto = started && settings.intervalSeconds > 0 && !paused && !setupOpen;
  useEffect(() => {
    if (!auto) return;
    return scheduleAutoAdvance({ intervalMs: settings.intervalSeconds * 1000, index, count, loop: settings.loop, onAdvance: goTo });
  }, [auto, settings.intervalSeconds, settings.loop, index, count, goTo]);

  // A looping lobby TV runs all day and is never focused again: fetch its numbers afresh now and then.
  // A meeting deck keeps the numbers it opened with, so they do not change under the presenter.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!settings.loop) return;
    const timer = setInterval(() => void queryClient.invalidateQueries({ refetchType: 'active' }), LOBBY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [settings.loop, queryClient]);

  const togglePause = useCallback(() => {
    if (settings.intervalSeconds === 0) {
      setAnnouncement(m.noAutoAdvance);
      return;
    }
    setAnnouncement(paused ? m.resumed : m.paused);
    setPaused(!paused);
  }, [settings.intervalSeconds, paused, m]);

  const toggleFullscreen = useCallback(() => {
    void fullscreen.toggle().then((ok) => {
      if (!ok) setAnnouncement(m.fullscreenUnavailable);
    });
  }, [fullscreen, m]);

  const act = useCallback(
    (action: DeckAction) => {
      switch (action.type) {
        case 'fullscreen':
          return toggleFullscreen();
        case 'pause':
          return togglePause();
        case 'setup':
          return setSetupOpen(true);
        default:
          goTo(navigate(index, count, action));
      }
    },
    [toggleFullscreen, togglePause, goTo, index, count],
  );

  useEffect(() => {
    if (setupOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const action = keyToAction(event, { onControl: isControl(event.target) });
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setupOpen, act]);

  const closeSetup = () => {
    setSetupOpen(false);
    if (!started) update({ page: 1 });
  };

  const palette = PALETTES[settings.theme];
  const slideProps: SlideProps = { data, index, count, palette };

  return (
    <div
      ref={stageRef}
      className={`meeting meeting--${settings.theme}${idle && !setupOpen ? ' is-idle' : ''}`}
      style={paletteStyle(settings.theme)}
      data-slide={slide}
    >
      <main className="meeting__main">
        <h1 className="visually-hidden">{m.pageTitle}</h1>
        <section
          className={`slide slide--${slide}`}
          aria-roledescription="slide"
          aria-label={m.slideLabel(formatNumber(index + 1, lang), formatNumber(count, lang), slideName)}
          style={{
            width: SLIDE_WIDTH,
            height: SLIDE_HEIGHT,
            transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
          }}
        >
          {renderSlide(slide, slideProps, settings.units, share)}
          <DeckProgress index={index} count={count} intervalSeconds={auto ? settings.intervalSeconds : 0} />
        </section>
        <DeckControls
          canGoBack={index > 0}
          canGoOn={index < count - 1}
          paused={settings.intervalSeconds > 0 ? paused : null}
          fullscreen={fullscreen}
          onPrevious={() => act({ type: 'previous' })}
          onNext={() => act({ type: 'next' })}
          onPause={togglePause}
          onSetup={() => setSetupOpen(true)}
          onFullscreen={toggleFullscreen}
        />
        {paused && settings.intervalSeconds > 0 ? <p className="deck-paused">{m.pausedBadge}</p> : null}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </main>
      <SetupPanel
        open={setupOpen}
        started={started}
        settings={settings}
        units={data.leaderboard.data ? data.leaderboard.data.map((e) => e.row) : undefined}
        deckLink={deckLink(window.location.origin, pathname, params)}
        onChange={update}
        onClose={closeSetup}
      />
    </div>
  );
}

function renderSlide(slide: SlideId, props: SlideProps, unitIds: readonly number[], share: MeetingShare): ReactNode {
  switch (slide) {
    case 'capaian':
      return <HeadlineSlide {...props} />;
    case 'laju':
      return <PaceSlide {...props} />;
    case 'peringkat':
      return <RankingSlide {...props} />;
    case 'unit':
      return <LeaderboardSlide {...props} unitIds={unitIds} />;
    case 'perhatian':
      return <AttentionSlide {...props} unitIds={unitIds} />;
    case 'pekerjaan':
      return <OccupationsSlide {...props} />;
    case 'ajakan':
      return <ClosingSlide {...props} share={share} />;
  }
}

/**
 * A thin bar along the slide's bottom edge: how far through the deck. While advancing on its own, a
 * second line fills over the interval, so the room sees the next slide coming.
 */
function DeckProgress({ index, count, intervalSeconds }: { index: number; count: number; intervalSeconds: number }) {
  return (
    <div className="deck-progress" aria-hidden="true">
      <span className="deck-progress__fill" style={{ width: `${((index + 1) / count) * 100}%` }} />
      {intervalSeconds > 0 ? (
        <span key={index} className="deck-progress__timer" style={{ animationDuration: `${intervalSeconds}s` }} />
      ) : null}
    </div>
  );
}
