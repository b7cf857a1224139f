import { ComparePage } from '@/features/units/components/compare-page';

export function CompareRoute() {
  return <ComparePage />;
}
