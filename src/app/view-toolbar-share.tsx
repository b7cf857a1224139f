import { parseSnapshotPath } from '../../contract/snapshots';
import { useUnits } from '@/features/breakdowns/api/get-units';
import { ShareSnapshotButton } from '@/features/snapshots/components/share-snapshot-button';
import { viewFromLocation } from '@/features/snapshots/models/snapshot-view';
import { useSummary } from '@/features/summary/api/get-summary';

/**
 * "Bagikan snapshot" for signed-in staff, loaded only for them: what a snapshot freezes is described by the
 * contract's schemas, which visitors of the public dashboard never need to download.
 */
export default function ViewToolbarShare({ pathname, search, csrfToken }: { pathname: string; search: string; csrfToken: string | null }) {
  const view = viewFromLocation(pathname, search);
  const summary = useSummary();
  const unitPage = view !== null && parseSnapshotPath(view.path)?.page === '/unit/:id';
  const units = useUnits({ enabled: unitPage });
  if (view === null) return null;
  return (
    <ShareSnapshotButton
      view={view}
      csrfToken={csrfToken}
      asOf={summary.data?.asOf ?? null}
      asOfDate={summary.data?.asOfDate ?? null}
      unitName={(id) => units.data?.rows.find((row) => row.id === id)?.name}
    />
  );
}
