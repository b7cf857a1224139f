import { useMessages } from '@/lib/i18n/define-messages';
import { OccupationsFrame } from '@/features/occupations/components/occupations-section';
import { useScopeOccupations } from '../api/get-scope-occupations';
import { unitsMessages } from '../messages';
import type { ScopeRef } from '../models/scope';

/** The overview's occupations section, fed the scoped breakdown. */
export function ScopeOccupationsSection({ scope, name }: { scope: ScopeRef; name: string }) {
  const m = useMessages(unitsMessages);
  const query = useScopeOccupations(scope);
  return <OccupationsFrame query={query} title={m.occupationsTitle} caption={m.occupationsCaption(name)} headingLevel={3} />;
}
