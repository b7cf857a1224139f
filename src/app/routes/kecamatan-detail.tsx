import { useParams } from 'react-router';
import { KecamatanDetail } from '@/features/units/components/scope-detail';

export function KecamatanDetailRoute() {
  const { name = '' } = useParams();
  return <KecamatanDetail key={name} name={name} />;
}
