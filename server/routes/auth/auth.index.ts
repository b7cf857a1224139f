import type { Context } from 'hono';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookie';
import { clientIp } from '../../auth/request-info';
import { revokeSession } from '../../auth/sessions';
import { createRouter } from '../../lib/create-router';
import { changeOwnPassword, signIn } from './auth.queries';
import { changePassword, login, logout, me } from './auth.routes';

const tooManyAttempts = (c: Context, retryAfterSeconds: number) => {
  c.header('Retry-After', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return c.json(
    { error: { code: 'too_many_attempts', message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.` } },
    429,
  );
};

export const authRouter = createRouter();

// Answers about who is signed in must never be cached, by the browser or anything between.
authRouter.use('/auth/*', async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

authRouter
  .openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const settings = c.var.auth;
    const result = await signIn(c.var.db, settings, { username, password, clientIp: clientIp(c, settings.trustProxy) });
    if (result.kind === 'locked') return tooManyAttempts(c, result.retryAfterSeconds);
    if (result.kind === 'invalid') {
      return c.json({ error: { code: 'invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' } }, 401);
    }
    if (c.var.session) await revokeSession(c.var.db, c.var.session.id);
    const { session } = result;
    setSessionCookie(c, session.token, settings.session.absoluteMs);
    const { username: name, displayName, role } = session.user;
    return c.json({ user: { username: name, displayName, role }, csrfToken: session.csrfToken }, 200);
  })
  .openapi(logout, async (c) => {
    if (c.var.session) await revokeSession(c.var.db, c.var.session.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .openapi(me, (c) => {
    const session = c.var.session;
    if (!session) return c.json({ user: null, csrfToken: null }, 200);
    const { username, displayName, role } = session.user;
    return c.json({ user: { username, displayName, role }, csrfToken: session.csrfToken }, 200);
  })
  .openapi(changePassword, async (c) => {
    const session = c.var.session;
    if (!session) return c.json({ error: { code: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' } }, 401);
    const settings = c.var.auth;
    const result = await changeOwnPassword(c.var.db, settings, session, {
      ...c.req.valid('json'),
      clientIp: clientIp(c, settings.trustProxy),
    });
    if (result.kind === 'locked') return tooManyAttempts(c, result.retryAfterSeconds);
    if (result.kind === 'wrong-password') {
      return c.json({ error: { code: 'wrong_password', message: 'Kata sandi saat ini salah.' } }, 400);
    }
    return c.body(null, 204);
  });
