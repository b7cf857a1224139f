import { BumpSection } from '@/features/ranking/components/bump-section';
import { RaceIntro, RaceSection, RankingTableSection } from '@/features/ranking/components/race-page-sections';

/** /peringkat: the race in Central Java, for the meeting room as much as the desk. */
export function RaceRoute() {
  return (
    <div className="race-page">
      <RaceIntro />
      <RaceSection />
      <BumpSection headingLevel={3} />
      <RankingTableSection />
    </div>
  );
}
