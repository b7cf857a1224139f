import { lazy, Suspense, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { RenderWhenNear } from '@/components/deferred/render-when-near';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { eventMessages } from '@/features/events/messages';
import { dailyTimeseriesQueryOptions } from '@/features/pace/api/get-daily-timeseries';
import { paceMessages } from '@/features/pace/messages';
import { unitsMessages } from '@/features/units/messages';

// Each section's code is its own chunk, fetched and run when the section comes near: the page that just opened
// runs the placeholders only, not the code of eight sections it has not scrolled to.
const loadPacePanel = () => import('@/features/pace/components/pace-panel');
const PacePanel = lazy(() => loadPacePanel().then((m) => ({ default: m.PacePanel })));
const ProgressSection = lazy(() => import('@/features/progress/components/progress-section').then((m) => ({ default: m.ProgressSection })));
const RankingSection = lazy(() => import('@/features/ranking/components/ranking-section').then((m) => ({ default: m.RankingSection })));
const RankHistorySection = lazy(() => import('@/features/ranking/components/rank-history-section').then((m) => ({ default: m.RankHistorySection })));
const OccupationsSection = lazy(() => import('@/features/occupations/components/occupations-section').then((m) => ({ default: m.OccupationsSection })));
const UnitsSpotlight = lazy(() => import('@/features/units/components/units-spotlight').then((m) => ({ default: m.UnitsSpotlight })));
const BreakdownSection = lazy(() => import('@/features/breakdowns/components/breakdown-section').then((m) => ({ default: m.BreakdownSection })));
const EventsSection = lazy(() => import('@/features/events/components/events-section').then((m) => ({ default: m.EventsSection })));

/**
 * A section's card before its content mounts: its heading and a loading line, in the place held for it. Busy, so
 * that the place stays held (RenderWhenNear) while the section's code is still on its way.
 */
function SectionPlaceholder({ title }: { title: string }) {
  const { t } = useT();
  return (
    <section className="panel" aria-label={title} aria-busy="true">
      <div className="panel__head">
        <h2 className="panel__title">{title}</h2>
      </div>
      <p className="deferred-placeholder__note">{t.loading}</p>
    </section>
  );
}

/** One section of the overview, mounted as it comes near; `name` picks the height held for it (styles.css). */
function Deferred({ name, title, prefetch, children }: { name: string; title: string | string[]; prefetch?: () => Promise<unknown>; children: ReactNode }) {
  const titles = Array.isArray(title) ? title : [title];
  const placeholder =
    titles.length === 1 ? (
      <SectionPlaceholder title={titles[0]!} />
    ) : (
      <div className={`overview-deferred__group overview-deferred__group--${name}`}>
        {titles.map((t) => (
          <SectionPlaceholder key={t} title={t} />
        ))}
      </div>
    );
  return (
    <RenderWhenNear id={`ringkasan-${name}`} className={`overview-deferred overview-deferred--${name}`} placeholder={placeholder} prefetch={prefetch}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </RenderWhenNear>
  );
}

/**
 * Everything on the overview below the headline, as one chunk of its own: the headline paints from the
 * first download, these sections follow, each (with its data and chart code) only as it comes near the
 * viewport, so a phone does not draw the whole long page before it can respond. The wrappers are the cells of
 * the `.overview` grid.
 */
export default function OverviewDetails({ asOfDate }: { asOfDate: string | null | undefined }) {
  const { t } = useT();
  const pace = useMessages(paceMessages);
  const units = useMessages(unitsMessages);
  const events = useMessages(eventMessages);
  const queryClient = useQueryClient();
  return (
    <>
      <div className="overview__progress">
        {/* Just below the headline on a phone: its code and its one request first, then one render with the numbers. */}
        <Deferred name="laju" title={pace.title} prefetch={() => Promise.all([loadPacePanel(), queryClient.ensureQueryData(dailyTimeseriesQueryOptions())])}>
          <PacePanel />
        </Deferred>
        <Deferred name="perkembangan" title={t.progressTitle}>
          <ProgressSection />
        </Deferred>
      </div>
      <div className="overview__ranking">
        <Deferred name="peringkat" title={t.rankingTitle('Jawa Tengah')}>
          <RankingSection />
        </Deferred>
      </div>
      <div className="overview__side">
        <Deferred name="riwayat-peringkat" title={t.historyTitle('Klaten')}>
          <RankHistorySection />
        </Deferred>
        <Deferred name="pekerjaan" title={t.occupationsTitle}>
          <OccupationsSection />
        </Deferred>
      </div>
      <div className="overview__breakdown">
        <Deferred name="unit-teratas" title={[units.leaderboardTitle, units.attentionTitle]}>
          <UnitsSpotlight />
        </Deferred>
        <Deferred name="unit-kecamatan" title={t.breakdownTitle}>
          <BreakdownSection />
        </Deferred>
      </div>
      <div className="overview__events">
        <Deferred name="peristiwa" title={events.panelTitle}>
          <EventsSection asOfDate={asOfDate} />
        </Deferred>
      </div>
    </>
  );
}
