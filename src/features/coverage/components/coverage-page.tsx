import { ActiveSection, ContributionsSection, CoverageIntro, LapsesSection, NowSection } from './coverage-sections';
import { CostSection } from './cost-section';
import { ExpiringSection } from './expiring-section';
import { RetentionSection } from './retention-section';
import '../coverage.css';

/** /cakupan: does protection last? Active against ever registered, lapses, retention, cover ending soon, money. */
export function CoveragePage() {
  return (
    <div className="coverage-page">
      <CoverageIntro />
      <NowSection />
      <ActiveSection />
      <LapsesSection />
      <ContributionsSection />
      <CostSection />
      <RetentionSection />
      <ExpiringSection />
    </div>
  );
}
