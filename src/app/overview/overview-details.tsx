import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { RenderWhenNear } from '@/components/deferred/render-when-near';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { EventsSection } from '@/features/events/components/events-section';
import { eventMessages } from '@/features/events/messages';
import { BreakdownSection } from '@/features/breakdowns/components/breakdown-section';
import { OccupationsSection } from '@/features/occupations/components/occupations-section';
import { dailyTimeseriesQueryOptions } from '@/features/pace/api/get-daily-timeseries';
import { paceMessages } from '@/features/pace/messages';
import { PacePanel } from '@/features/pace/components/pace-panel';
import { ProgressSection } from '@/features/progress/components/progress-section';
import { RankHistorySection } from '@/features/ranking/components/rank-history-section';
import { RankingSection } from '@/features/ranking/components/ranking-section';
import { UnitsSpotlight } from '@/features/units/components/units-spotlight';
import { unitsMessages } from '@/features/units/messages';

/** A section's card before its content mounts: its heading and a loading line, in the place held for it. */
function SectionPlaceholder({ title }: { title: string }) {
  const { t } = useT();
  return (
    <section className="panel" aria-label={title}>
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
      {children}
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
        {/* Just below the headline on a phone: its one request first, then one render with the numbers. */}
        <Deferred name="laju" title={pace.title} prefetch={() => queryClient.ensureQueryData(dailyTimeseriesQueryOptions())}>
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
