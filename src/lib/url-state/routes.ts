import { matchPath } from 'react-router';
import type { AnyParamSpec } from './param';
import {
  breakdownSortParam,
  breakdownTabParam,
  compareMetricParam,
  eventSortParam,
  intervalParam,
  langParam,
  rankingMetricParam,
  retentionColumnsParam,
  timeRangeParam,
  unitKindParam,
  unitsParam,
} from './params';

/**
 * Which parameters each page reads: every one of them, so that copying the address reproduces the
 * screen. Anything else in a link to these pages is reported as not recognised (url-notice.tsx) and
 * dropped. Keys are the names in the address. Pages not listed here (staff pages, snapshots) are
 * left alone.
 */
export interface ViewRoute {
  /** A react-router path pattern, as in src/app/router.tsx. */
  pattern: string;
  params: Readonly<Record<string, AnyParamSpec>>;
  /** Parameters whose values the page checks itself against data (and reports), e.g. unit ids that exist. */
  checkedByPage?: readonly string[];
}

const trend = { lang: langParam, interval: intervalParam, rentang: timeRangeParam };

export const VIEW_ROUTES = {
  '/': {
    pattern: '/',
    params: {
      lang: langParam,
      interval: intervalParam,
      rentang: timeRangeParam,
      metric: rankingMetricParam,
      tab: breakdownTabParam,
      sort: breakdownSortParam,
      eventsort: eventSortParam,
    },
  },
  '/peringkat': { pattern: '/peringkat', params: { lang: langParam, metric: rankingMetricParam } },
  '/cakupan': { pattern: '/cakupan', params: { lang: langParam, kolom: retentionColumnsParam } },
  '/unit': { pattern: '/unit', params: { lang: langParam, jenis: unitKindParam, unit: unitsParam } },
  '/unit/:id': { pattern: '/unit/:id', params: trend },
  '/kecamatan/:name': { pattern: '/kecamatan/:name', params: trend },
  '/bandingkan': {
    pattern: '/bandingkan',
    params: { lang: langParam, unit: unitsParam, metric: compareMetricParam, interval: intervalParam, rentang: timeRangeParam },
    checkedByPage: ['unit'],
  },
} as const satisfies Record<string, ViewRoute>;

export type ViewRoutePattern = keyof typeof VIEW_ROUTES;

const ALL_ROUTES: readonly ViewRoute[] = Object.values(VIEW_ROUTES);

/** The view route a pathname is on, as react-router matches it; null for pages outside the registry. */
export function matchViewRoute(pathname: string, routes: readonly ViewRoute[] = ALL_ROUTES): ViewRoute | null {
  return routes.find((route) => matchPath({ path: route.pattern, end: true }, pathname) !== null) ?? null;
}
