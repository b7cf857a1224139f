import { useParams } from 'react-router';
import { UnitDetail } from '@/features/units/components/scope-detail';

export function UnitDetailRoute() {
  const { id } = useParams();
  // A new unit is a new page: no state carried over from the previous one.
  return <UnitDetail key={id} rawId={id} />;
}
