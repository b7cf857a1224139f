import { CoveragePage } from '@/features/coverage/components/coverage-page';

/** /cakupan: lasting coverage. */
export function CoverageRoute() {
  return <CoveragePage />;
}
