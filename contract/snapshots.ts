import { z } from 'zod';
import { KecamatanBreakdown, OccupationBreakdown, UnitBreakdown } from './breakdowns';
import { Count, IsoDate, IsoDateTime } from './common';
import { Coverage } from './coverage';
import { EventList } from './events';
import { Ranking, RankingHistory } from './ranking';
import { Summary } from './summary';
import { Timeseries } from './timeseries';

// Frozen snapshots (issue 5): a signed-in staff member freezes the view on screen; the server computes and
// stores that view's aggregates (never records, no personal data) and hands back a link /s/<token> that
// opens read-only without signing in, until it expires or an admin revokes it.

export const SNAPSHOT_DEFAULT_DAYS = 30;
export const SNAPSHOT_MAX_DAYS = 365;
/** The page the public link opens (front end), e.g. `/s/<token>`. */
export const snapshotPagePath = (token: string) => `/s/${token}`;
/** 32 random bytes, base64url without padding. */
export const SNAPSHOT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Pages of the dashboard a snapshot can freeze. `:id` is a unit id, `:name` a kecamatan name (URL-encoded). */
export const SNAPSHOT_PAGES = ['/', '/peringkat', '/cakupan', '/unit', '/unit/:id', '/kecamatan/:name'] as const;
export type SnapshotPage = (typeof SNAPSHOT_PAGES)[number];

export type ParsedSnapshotPath =
  | { page: '/' | '/peringkat' | '/cakupan' | '/unit' }
  | { page: '/unit/:id'; unit: number }
  | { page: '/kecamatan/:name'; kecamatan: string };

/** Which known page a view path is, or null. A trailing slash is tolerated; query strings belong in params. */
export function parseSnapshotPath(path: string): ParsedSnapshotPath | null {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '/' || trimmed === '/peringkat' || trimmed === '/cakupan' || trimmed === '/unit') return { page: trimmed };
  const unit = /^\/unit\/([1-9]\d{0,8})$/.exec(trimmed);
  if (unit) return { page: '/unit/:id', unit: Number(unit[1]) };
  const kec = /^\/kecamatan\/([^/?#]{1,240})$/.exec(trimmed);
  if (kec) {
    try {
      const name = decodeURIComponent(kec[1]!).trim();
      if (name.length >= 1 && name.length <= 80) return { page: '/kecamatan/:name', kecamatan: name };
    } catch {
      return null;
    }
  }
  return null;
}

export const SnapshotView = z
  .object({
    path: z
      .string()
      .max(300)
      .refine((p) => parseSnapshotPath(p) !== null, `halaman tidak dikenal; yang bisa dibagikan: ${SNAPSHOT_PAGES.join(', ')}`)
      .meta({ example: '/peringkat' }),
    params: z
      .record(z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'nama parameter tidak sah'), z.string().max(500))
      .refine((r) => Object.keys(r).length <= 30, 'paling banyak 30 parameter')
      .default({})
      .meta({ description: "The view's URL parameters (filters, metric, tab, lang), as the page wrote them", example: { metric: 'percent' } }),
  })
  .meta({ id: 'SnapshotView' });
export type SnapshotView = z.infer<typeof SnapshotView>;

export const CreateSnapshotRequest = z
  .object({
    title: z.string().trim().min(1, 'judul wajib diisi').max(120, 'judul maksimal 120 karakter'),
    note: z.string().trim().max(1000, 'catatan maksimal 1000 karakter').nullable().default(null),
    view: SnapshotView,
    expiresInDays: z
      .number()
      .int('masa berlaku harus bilangan bulat')
      .min(1, 'masa berlaku paling sedikit 1 hari')
      .max(SNAPSHOT_MAX_DAYS, `masa berlaku paling lama ${SNAPSHOT_MAX_DAYS} hari`)
      .default(SNAPSHOT_DEFAULT_DAYS),
  })
  .meta({ id: 'CreateSnapshotRequest' });
export type CreateSnapshotRequest = z.input<typeof CreateSnapshotRequest>;

export const CreatedSnapshot = z
  .object({
    id: z.number().int(),
    url: z.string().meta({ description: 'Path of the public page, /s/<token>', example: '/s/3q2-7w…' }),
    token: z.string().meta({ description: 'Shown once: the server keeps only its SHA-256 hash' }),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'CreatedSnapshot' });
export type CreatedSnapshot = z.infer<typeof CreatedSnapshot>;

/** The frozen aggregates; which ones are present depends on the page. */
export const SnapshotData = z
  .object({
    summary: Summary,
    timeseriesWeek: Timeseries.optional(),
    timeseriesDay: Timeseries.optional(),
    rankingCount: Ranking.optional(),
    rankingPercent: Ranking.optional(),
    rankingHistoryCount: RankingHistory.optional(),
    rankingHistoryPercent: RankingHistory.optional(),
    units: UnitBreakdown.optional(),
    kecamatan: KecamatanBreakdown.optional(),
    occupations: OccupationBreakdown.optional(),
    events: EventList.optional(),
    coverage: Coverage.optional(),
  })
  .meta({ id: 'SnapshotData' });
export type SnapshotData = z.infer<typeof SnapshotData>;

export const Snapshot = z
  .object({
    title: z.string(),
    note: z.string().nullable(),
    author: z.string().meta({ description: "The creator's display name" }),
    createdAt: IsoDateTime,
    expiresAt: IsoDateTime,
    asOf: IsoDateTime.nullable().meta({ description: 'When the frozen data had last been loaded' }),
    asOfDate: IsoDate.nullable().meta({ description: 'The WIB date the frozen data speaks for' }),
    view: SnapshotView,
    data: SnapshotData,
  })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotStatus = z.enum(['live', 'expired', 'revoked']);
export type SnapshotStatus = z.infer<typeof SnapshotStatus>;

export const SnapshotListItem = z
  .object({
    id: z.number().int(),
    title: z.string(),
    author: z.string(),
    createdAt: IsoDateTime,
    expiresAt: IsoDateTime,
    revokedAt: IsoDateTime.nullable(),
    status: SnapshotStatus,
    opens: Count,
    lastOpenedAt: IsoDateTime.nullable(),
    view: SnapshotView,
    asOfDate: IsoDate.nullable(),
  })
  .meta({ id: 'SnapshotListItem' });
export type SnapshotListItem = z.infer<typeof SnapshotListItem>;

export const SnapshotList = z
  .object({ snapshots: z.array(SnapshotListItem).meta({ description: 'Newest first; live, expired and revoked. Tokens are never listed.' }) })
  .meta({ id: 'SnapshotList' });
export type SnapshotList = z.infer<typeof SnapshotList>;
