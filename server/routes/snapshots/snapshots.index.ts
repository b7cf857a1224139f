import { clientIp } from '../../auth/request-info';
import { ScopeError } from '../../campaign/scope';
import { createRouter } from '../../lib/create-router';
import { snapshotPagePath } from '../../../contract/snapshots';
import { createSnapshot, listSnapshots, lookupBlocked, openSnapshot, recordLookupFailure, revokeSnapshot, SnapshotViewError } from './snapshots.queries';
import { createSnapshotRoute, getSnapshotRoute, listSnapshotsRoute, revokeSnapshotRoute } from './snapshots.routes';

const tooMany = (retryAfterSeconds: number) => ({
  error: { code: 'too_many_requests', message: `Terlalu banyak tautan yang tidak valid dari alamat ini. Coba lagi dalam ${retryAfterSeconds} detik.` },
});

export const snapshotsRouter = createRouter()
  .openapi(createSnapshotRoute, async (c) => {
    const user = c.var.user!; // the access table lets only signed-in staff here
    const created = await createSnapshot(c.var.db, c.req.valid('json'), { id: user.id, displayName: user.displayName }, c.var.auth.now());
    return c.json({ id: created.id, url: snapshotPagePath(created.token), token: created.token, expiresAt: created.expiresAt }, 201);
  })
  .openapi(getSnapshotRoute, async (c) => {
    const now = c.var.auth.now();
    const ip = clientIp(c, c.var.auth.trustProxy);
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    const blocked = await lookupBlocked(c.var.db, ip, now);
    if (blocked !== null) {
      c.header('Retry-After', String(blocked));
      return c.json(tooMany(blocked), 429);
    }
    const found = await openSnapshot(c.var.db, c.req.valid('param').token, now);
    if (found.status === 'found') return c.json(found.snapshot, 200);
    await recordLookupFailure(c.var.db, ip, now);
    if (found.status === 'not_found') {
      return c.json({ error: { code: 'not_found', message: 'Snapshot tidak ditemukan. Periksa kembali tautannya.' } }, 404);
    }
    const message =
      found.reason === 'revoked'
        ? 'Tautan snapshot ini sudah dicabut oleh admin dan tidak dapat dibuka lagi. Mintalah tautan baru kepada pengirimnya.'
        : 'Tautan snapshot ini sudah kedaluwarsa. Mintalah tautan baru kepada pengirimnya.';
    return c.json({ error: { code: found.reason === 'revoked' ? 'snapshot_revoked' : 'snapshot_expired', message } }, 410);
  })
  .openapi(listSnapshotsRoute, async (c) => c.json(await listSnapshots(c.var.db, c.var.auth.now()), 200))
  .openapi(revokeSnapshotRoute, async (c) => {
    const item = await revokeSnapshot(c.var.db, c.req.valid('param').id, c.var.user?.id ?? null, c.var.auth.now());
    if (!item) return c.json({ error: { code: 'not_found', message: 'Snapshot tidak ditemukan.' } }, 404);
    return c.json(item, 200);
  });

snapshotsRouter.onError((error, c) => {
  if (error instanceof SnapshotViewError) return c.json({ error: { code: 'invalid_request', message: error.message } }, 400);
  if (error instanceof ScopeError) return c.json({ error: { code: 'invalid_request', message: `view.path: ${error.message}` } }, 400);
  throw error;
});
