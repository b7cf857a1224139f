import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
