import { UnitsPage } from '@/features/units/components/units-page';

export function UnitsRoute() {
  return <UnitsPage />;
}
