import { EventsSection } from '@/features/events/components/events-section';
import { BreakdownSection } from '@/features/breakdowns/components/breakdown-section';
import { OccupationsSection } from '@/features/occupations/components/occupations-section';
import { PacePanel } from '@/features/pace/components/pace-panel';
import { ProgressSection } from '@/features/progress/components/progress-section';
import { RankHistorySection } from '@/features/ranking/components/rank-history-section';
import { RankingSection } from '@/features/ranking/components/ranking-section';
import { UnitsSpotlight } from '@/features/units/components/units-spotlight';

/**
 * Everything on the overview below the headline, as one chunk of its own: the headline paints from the
 * first download, these sections (and, after them, their charts) follow. The wrappers are the cells of
 * the `.overview` grid.
 */
export default function OverviewDetails({ asOfDate }: { asOfDate: string | null | undefined }) {
  return (
    <>
      <div className="overview__progress">
        <PacePanel />
        <ProgressSection />
      </div>
      <div className="overview__ranking">
        <RankingSection />
      </div>
      <div className="overview__side">
        <RankHistorySection />
        <OccupationsSection />
      </div>
      <div className="overview__breakdown">
        <UnitsSpotlight />
        <BreakdownSection />
      </div>
      <div className="overview__events">
        <EventsSection asOfDate={asOfDate} />
      </div>
    </>
  );
}
