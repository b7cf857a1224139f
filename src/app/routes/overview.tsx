import { EventsSection } from '@/features/events/components/events-section';
import { BreakdownSection } from '@/features/breakdowns/components/breakdown-section';
import { OccupationsSection } from '@/features/occupations/components/occupations-section';
import { PacePanel } from '@/features/pace/components/pace-panel';
import { ProgressSection } from '@/features/progress/components/progress-section';
import { RankHistorySection } from '@/features/ranking/components/rank-history-section';
import { RankingSection } from '@/features/ranking/components/ranking-section';
import { useSummary } from '@/features/summary/api/get-summary';
import { Headline } from '@/features/summary/components/headline';
import { UnitsSpotlight } from '@/features/units/components/units-spotlight';

export function OverviewRoute() {
  const summary = useSummary();
  return (
    <div className="overview">
      <Headline />
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
        <EventsSection asOfDate={summary.data?.asOfDate} />
      </div>
    </div>
  );
}
