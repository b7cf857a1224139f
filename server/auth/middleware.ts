import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { accessFor, allows } from '../../contract/access-policy';
import { CSRF_HEADER, SESSION_COOKIE } from '../../contract/auth';
import type { AppEnv } from '../lib/app-env';
import { clearSessionCookie } from './cookie';
import { isSameOrigin } from './request-info';
import { lookupSession } from './sessions';
import type { AuthSettings } from './settings';

const apiError = (c: Context, status: 401 | 403 | 404, code: string, message: string) =>
  c.json({ error: { code, message } }, status);

export const unauthenticated = (c: Context) => apiError(c, 401, 'unauthenticated', 'Silakan masuk terlebih dahulu.');
const forbidden = (c: Context) => apiError(c, 403, 'forbidden', 'Anda tidak memiliki hak akses untuk tindakan ini.');
const csrfFailed = (c: Context) =>
  apiError(c, 403, 'csrf_failed', 'Permintaan ditolak: tidak berasal dari halaman Pantau Peduli. Muat ulang halaman lalu coba lagi.');

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * On every /api request: loads the session from the cookie into `c.var.user`, then enforces the access
 * table (contract/access-policy.ts) and, for anything but GET and HEAD, CSRF protection: the Origin must be
 * ours when the browser names one, and with a session the X-CSRF-Token header must be the session's token.
 *
 * Default deny: a path with no row answers 404 to GET and HEAD, as if it did not exist, and 403 to the rest.
 */
export function authMiddleware(settings: AuthSettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', settings);
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await lookupSession(c.var.db, token, settings.now(), settings.session) : null;
    if (token && !session) clearSessionCookie(c);
    c.set('session', session);
    c.set('user', session?.user ?? null);

    const safe = c.req.method === 'GET' || c.req.method === 'HEAD';
    const access = accessFor(c.req.method, c.req.path);
    if (access === null) {
      return safe ? apiError(c, 404, 'not_found', `No API endpoint at ${c.req.path}`) : forbidden(c);
    }
    if (!safe && !isSameOrigin(c)) return csrfFailed(c);
    if (!allows(session?.user.role ?? null, access)) return session ? forbidden(c) : unauthenticated(c);
    if (!safe && access !== 'public') {
      const sent = c.req.header(CSRF_HEADER);
      if (!session || !sent || !sameSecret(sent, session.csrfToken)) return csrfFailed(c);
    }
    await next();
  };
}
