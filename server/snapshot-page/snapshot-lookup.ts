import type { Queryable } from '../db/client';
import { lookupBlocked, openSnapshot, recordLookupFailure, type SnapshotLookup } from '../routes/snapshots/snapshots.queries';

export type GuardedLookup = SnapshotLookup | { status: 'blocked'; retryAfterSeconds: number };

/**
 * A token from a client, as GET /api/snapshots/{token} treats it: an address over its failed lookups waits
 * (even with a good token), a live link opens (and counts, unless `countOpen` is false), and an unknown or
 * dead one counts as a failure for that address.
 */
export async function lookupForClient(db: Queryable, token: string, clientIp: string, now: Date, { countOpen = true } = {}): Promise<GuardedLookup> {
  const blocked = await lookupBlocked(db, clientIp, now);
  if (blocked !== null) return { status: 'blocked', retryAfterSeconds: blocked };
  const found = await openSnapshot(db, token, now, { countOpen });
  if (found.status !== 'found') await recordLookupFailure(db, clientIp, now);
  return found;
}
