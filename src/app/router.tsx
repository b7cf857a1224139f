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
const SignInRoute = lazy(() => import('./routes/sign-in').then((m) => ({ default: m.SignInRoute })));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewRoute /> },
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
