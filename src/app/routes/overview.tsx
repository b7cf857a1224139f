import { BreakdownSection } from '@/features/breakdowns/components/breakdown-section';
import { OccupationsSection } from '@/features/occupations/components/occupations-section';
import { ProgressSection } from '@/features/progress/components/progress-section';
import { RankHistorySection } from '@/features/ranking/components/rank-history-section';
import { RankingSection } from '@/features/ranking/components/ranking-section';
import { Headline } from '@/features/summary/components/headline';

export function OverviewRoute() {
  return (
    <div className="overview">
      <Headline />
      <div className="overview__progress">
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
        <BreakdownSection />
      </div>
    </div>
  );
}
