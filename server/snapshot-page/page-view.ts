import type { RankingMetric } from '../../contract/ranking';
import { parseSnapshotPath, type ParsedSnapshotPath, type SnapshotView } from '../../contract/snapshots';
import type { Interval } from '../../contract/timeseries';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/lib/i18n/lang';
import type { BreakdownSort, BreakdownTab, EventSort, TimeRange, UnitKindFilter } from '../../src/lib/url-state/params';
import { VIEW_ROUTES } from '../../src/lib/url-state/routes';
import { parseView } from '../../src/lib/url-state/view-state';

/**
 * What the frozen view's URL parameters change on the page, read through the SPA's own registry
 * (src/lib/url-state): the same names, defaults and migrations, so a snapshot of an old link reads as the
 * live page would. A parameter a page does not use keeps its default.
 */
export interface PageView {
  page: ParsedSnapshotPath;
  metric: RankingMetric;
  interval: Interval;
  range: TimeRange;
  tab: BreakdownTab;
  sort: BreakdownSort;
  eventSort: EventSort;
  kind: UnitKindFilter;
}

const DEFAULTS: Omit<PageView, 'page'> = {
  metric: 'count',
  interval: 'week',
  range: 'semua',
  tab: 'units',
  sort: { key: 'progress', direction: 'desc' },
  eventSort: { key: 'date', direction: 'desc' },
  kind: 'all',
};

export function readPageView(view: SnapshotView): PageView | null {
  const page = parseSnapshotPath(view.path);
  if (!page) return null;
  const route = VIEW_ROUTES[page.page];
  const { state } = parseView(route, new URLSearchParams(view.params));
  const read = state as Partial<Record<string, unknown>>;
  return {
    page,
    metric: (read.metric as RankingMetric | undefined) ?? DEFAULTS.metric,
    interval: (read.interval as Interval | undefined) ?? DEFAULTS.interval,
    range: (read.rentang as TimeRange | undefined) ?? DEFAULTS.range,
    tab: (read.tab as BreakdownTab | undefined) ?? DEFAULTS.tab,
    sort: (read.sort as BreakdownSort | undefined) ?? DEFAULTS.sort,
    eventSort: (read.eventsort as EventSort | undefined) ?? DEFAULTS.eventSort,
    kind: (read.jenis as UnitKindFilter | undefined) ?? DEFAULTS.kind,
  };
}

const isLang = (value: string | undefined): value is Lang => (LANGS as readonly string[]).includes(value ?? '');

/** `?lang=` on the link wins; else the language the view was frozen in; else Indonesian. */
export function pickLang(query: string | undefined, view: SnapshotView | null): Lang {
  if (isLang(query)) return query;
  const frozen = view?.params.lang;
  return isLang(frozen) ? frozen : DEFAULT_LANG;
}

/** The live SPA address of the frozen view: its path and parameters. */
export function liveViewHref(view: SnapshotView): string {
  const query = new URLSearchParams(view.params).toString();
  return query ? `${view.path}?${query}` : view.path;
}
