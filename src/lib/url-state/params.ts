import type { UnitKind } from '../../../contract/breakdowns';
import type { RankingMetric } from '../../../contract/ranking';
import type { Interval } from '../../../contract/timeseries';
import { DEFAULT_LANG, LANGS } from '../i18n/lang';
import { enumParam, idListParam, sortParam, type Sort } from './param';

/**
 * The values of the contract's enums that are URL parameters, spelled out: reading `.options` off the zod
 * enums would put zod and the contract's schemas into the first download. The type rejects a value the
 * contract does not know; params.test.ts holds each list equal to the contract's.
 */
export const INTERVALS = ['day', 'week', 'month'] as const satisfies readonly Interval[];
export const RANKING_METRICS = ['count', 'percent'] as const satisfies readonly RankingMetric[];
export const UNIT_KINDS = ['opd', 'sekolah', 'puskesmas', 'kecamatan'] as const satisfies readonly UnitKind[];

/**
 * Every URL parameter of the public pages, in one place: its name in the address, its values and its
 * default. Features import their parameter from here; routes.ts says which page reads which.
 * A name means one thing wherever it appears (`metric` is always "what is measured", `unit` always
 * "the units chosen"); renaming one later is a migration (migrations.ts), never a silent change.
 */

export const langParam = enumParam('lang', LANGS, DEFAULT_LANG);

/** Bucket size of the time charts. */
export const intervalParam = enumParam('interval', INTERVALS, 'week');

/** How far back the progress charts look, counted back from the data date; `semua` = since launch. */
export const TIME_RANGES = ['semua', '12-bulan', '6-bulan', '3-bulan'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];
export const timeRangeParam = enumParam('rentang', TIME_RANGES, 'semua');

/** The ranking (overview and /peringkat): workers, or % of civil servants. */
export const rankingMetricParam = enumParam('metric', RANKING_METRICS, 'count');

export const BREAKDOWN_TABS = ['units', 'kecamatan'] as const;
export type BreakdownTab = (typeof BREAKDOWN_TABS)[number];
export const breakdownTabParam = enumParam('tab', BREAKDOWN_TABS, 'units');

export const SORT_KEYS = ['name', 'target', 'registered', 'progress'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type BreakdownSort = Sort<SortKey>;
/** The units / kecamatan table on the overview. */
export const breakdownSortParam = sortParam('sort', SORT_KEYS, { key: 'progress', direction: 'desc' });

export const EVENT_SORT_KEYS = ['date', 'before', 'after', 'change'] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export type EventSort = Sort<EventSortKey>;
/** The campaign events table: newest first when missing. */
export const eventSortParam = sortParam('eventsort', EVENT_SORT_KEYS, { key: 'date', direction: 'desc' });

export const UNIT_KIND_FILTERS = ['all', ...UNIT_KINDS] as const;
export type UnitKindFilter = (typeof UNIT_KIND_FILTERS)[number];
/** The leaderboard on /unit, by kind of unit. */
export const unitKindParam = enumParam('jenis', UNIT_KIND_FILTERS, 'all');

export const COMPARE_METRICS = ['percent', 'count'] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];
/** The compare chart: % of each unit's own target, or counts. Was `ukuran` before scheme 2. */
export const compareMetricParam = enumParam('metric', COMPARE_METRICS, 'percent');

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;
/** Units chosen to compare: on /bandingkan the ones compared, on /unit the ones ticked in the leaderboard. */
export const unitsParam = idListParam('unit', COMPARE_MAX);

/** Which months-since columns the retention heatmap shows; `ringkas` (every third) only matters past a year. */
export const retentionColumnsParam = enumParam('kolom', ['ringkas', 'semua'] as const, 'ringkas');
