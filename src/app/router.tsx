import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Skeleton } from '@/components/skeleton';
import { AppLayout } from './app-layout';
import { RequireAccess } from './require-access';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { RedirectTo } from './routes/redirect';
import { RouteError } from './routes/route-error';

// Staff pages load on demand, so the public dashboard does not carry their code.
const AdminImportsRoute = lazy(() => import('./routes/admin-imports').then((m) => ({ default: m.AdminImportsRoute })));
const AdminEventsRoute = lazy(() => import('./routes/admin-events').then((m) => ({ default: m.AdminEventsRoute })));
const AdminTargetsRoute = lazy(() => import('./routes/admin-targets').then((m) => ({ default: m.AdminTargetsRoute })));
const AdminSnapshotsRoute = lazy(() => import('./routes/admin-snapshots').then((m) => ({ default: m.AdminSnapshotsRoute })));
const SignInRoute = lazy(() => import('./routes/sign-in').then((m) => ({ default: m.SignInRoute })));
const RaceRoute = lazy(() => import('./routes/race').then((m) => ({ default: m.RaceRoute })));
const UnitsRoute = lazy(() => import('./routes/units').then((m) => ({ default: m.UnitsRoute })));
const UnitDetailRoute = lazy(() => import('./routes/unit-detail').then((m) => ({ default: m.UnitDetailRoute })));
const KecamatanDetailRoute = lazy(() => import('./routes/kecamatan-detail').then((m) => ({ default: m.KecamatanDetailRoute })));
const CompareRoute = lazy(() => import('./routes/compare').then((m) => ({ default: m.CompareRoute })));
const CoverageRoute = lazy(() => import('./routes/coverage').then((m) => ({ default: m.CoverageRoute })));
const MeetingRoute = lazy(() => import('./routes/meeting').then((m) => ({ default: m.MeetingRoute })));

export const routes: RouteObject[] = [
  // The meeting deck fills the screen: none of the site's header, navigation or footer.
  {
    path: 'rapat',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<Skeleton lines={3} />}>
        <MeetingRoute />
      </Suspense>
    ),
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewRoute /> },
      {
        path: 'peringkat',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <RaceRoute />
          </Suspense>
        ),
      },
      {
        path: 'cakupan',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <CoverageRoute />
          </Suspense>
        ),
      },
      // Drill-down: all units, one unit, one kecamatan, and units side by side.
      {
        path: 'unit',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <UnitsRoute />
          </Suspense>
        ),
      },
      {
        path: 'unit/:id',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <UnitDetailRoute />
          </Suspense>
        ),
      },
      {
        path: 'kecamatan/:name',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <KecamatanDetailRoute />
          </Suspense>
        ),
      },
      {
        path: 'bandingkan',
        element: (
          <Suspense fallback={<Skeleton lines={6} />}>
            <CompareRoute />
          </Suspense>
        ),
      },
      {
        path: 'masuk',
        element: (
          <Suspense fallback={<Skeleton lines={3} />}>
            <SignInRoute />
          </Suspense>
        ),
      },
      // Who may open these is looked up by path in contract/access-policy.ts.
      {
        element: <RequireAccess />,
        children: [
          { path: 'admin', element: <RedirectTo pathname="/admin/impor" /> },
          {
            path: 'admin/impor',
            element: (
              <Suspense fallback={<Skeleton lines={6} />}>
                <AdminImportsRoute />
              </Suspense>
            ),
          },
          {
            path: 'admin/peristiwa',
            element: (
              <Suspense fallback={<Skeleton lines={6} />}>
                <AdminEventsRoute />
              </Suspense>
            ),
          },
          {
            path: 'admin/target',
            element: (
              <Suspense fallback={<Skeleton lines={6} />}>
                <AdminTargetsRoute />
              </Suspense>
            ),
          },
          {
            path: 'admin/tautan',
            element: (
              <Suspense fallback={<Skeleton lines={6} />}>
                <AdminSnapshotsRoute />
              </Suspense>
            ),
          },
          { path: 'admin/*', element: <NotFoundRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
