import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { accessFor, allows } from '../../contract/access-policy';
import { API_BASE, apiPaths } from '../../contract/paths';
import { PrintButton } from '@/components/print-button';
import { ViewPngButton } from '@/components/view-png-button';
import { useMe } from '@/features/auth/api/get-me';
import { useMessages } from '@/lib/i18n/define-messages';
import { matchViewRoute } from '@/lib/url-state/routes';
import { appMessages } from './app-messages';
import './nav.css';

// Only staff ever see it: visitors of the public dashboard do not download the dialog.
const ViewToolbarShare = lazy(() => import('./view-toolbar-share'));

/**
 * What can be done with the view on screen, right-aligned above it: export it (PNG, print; for everyone)
 * and, for signed-in staff, share it as a frozen snapshot. Only on the dashboard's view pages.
 */
export function ViewToolbar() {
  const m = useMessages(appMessages);
  const { pathname, search } = useLocation();
  const me = useMe();
  const user = me.data?.user ?? null;
  // Only staff may freeze a view: the access table says who may POST it.
  const canShare = user !== null && allows(user.role, accessFor('POST', `${API_BASE}${apiPaths.snapshots}`) ?? 'admin');

  // The dashboard's view pages only (the registry of their URL parameters): not the staff pages, the
  // sign-in form or an unknown address.
  if (matchViewRoute(pathname) === null) return null;

  return (
    // Not part of what it exports: left out of the PNG (data-export-exclude) and of the printout (print.css).
    <div className="view-toolbar" role="group" aria-label={m.viewToolbarLabel} data-export-exclude="">
      {/* Export, for everyone. */}
      <ViewPngButton />
      <PrintButton />
      {/* Share, for staff. */}
      {canShare ? (
        <Suspense fallback={null}>
          <ViewToolbarShare pathname={pathname} search={search} csrfToken={me.data?.csrfToken ?? null} />
        </Suspense>
      ) : null}
    </div>
  );
}
