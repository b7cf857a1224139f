import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER, LoginResponse, Me, SESSION_COOKIE, StaffAccounts } from '../../../contract/auth';
import { API_BASE, apiPaths } from '../../../contract/paths';
import { addTestUser, sessionHeaders, sessionTokenFrom, TEST_HASH, TEST_ORIGIN, TEST_PASSWORD } from '../../../tests/support/auth';
import { openTestDb, testDrivers } from '../../../tests/support/test-db';
import { createApp, type AppOptions } from '../../app';
import { hashToken } from '../../auth/sessions';
import { hashPassword, parseHash } from '../../auth/password';
import { createUser } from '../../auth/users';
import type { Db } from '../../db/client';

const url = (path: string) => `${API_BASE}${path}`;
const HOUR = 3_600_000;
const MINUTE = 60_000;

describe.each(testDrivers)('accounts API on %s', (driver) => {
  let db: Db;
  let now: Date;
  let app: ReturnType<typeof createApp>;
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  const makeApp = (auth: AppOptions['auth'] = {}) => createApp({ db, auth: { now: () => now, hash: TEST_HASH, ...auth } });

  const login = (username: string, password: string, headers: Record<string, string> = {}, base = '') =>
    app.request(`${base}${url(apiPaths.authLogin)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN, ...headers },
      body: JSON.stringify({ username, password }),
    });

  /** Signs in and returns what a browser would keep: the cookie's token and the CSRF token. */
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const res = await login(username, password);
    expect(res.status).toBe(200);
    const body = LoginResponse.parse(await res.json());
    return { token: sessionTokenFrom(res)!, csrfToken: body.csrfToken, body };
  };

  const me = async (session: { token: string } | null) => {
    const res = await app.request(url(apiPaths.authMe), { headers: session ? { Cookie: `${SESSION_COOKIE}=${session.token}` } : {} });
    expect(res.status).toBe(200);
    return Me.parse(await res.json());
  };

  const post = (path: string, headers: Record<string, string>, body: unknown = {}) =>
    app.request(url(path), { method: 'POST', headers, body: JSON.stringify(body) });

  beforeAll(async () => {
    db = await openTestDb(driver);
  });
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.exec('delete from login_attempts; delete from sessions; delete from users;');
    now = new Date('2025-03-03T01:00:00Z');
    app = makeApp();
    await addTestUser(db, { username: 'Heru', role: 'admin', displayName: 'Heru Siswanto' });
    await addTestUser(db, { username: 'sari', role: 'viewer' });
  });

  describe('signing in', () => {
    it('returns the user and a CSRF token, and sets an HttpOnly SameSite=Lax cookie, not Secure over plain HTTP', async () => {
      const res = await login('heru', TEST_PASSWORD);
      expect(res.status).toBe(200);
      const body = LoginResponse.parse(await res.json());
      expect(body.user).toEqual({ username: 'Heru', displayName: 'Heru Siswanto', role: 'admin' });
      expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const cookies = res.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`));
      expect(cookies).toHaveLength(1);
      const cookie = cookies[0]!;
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).toContain('Path=/');
      expect(cookie).toContain(`Max-Age=${7 * 24 * 3600}`);
      expect(cookie).not.toContain('Secure');
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    });

    it('marks the cookie Secure over HTTPS, directly or behind a proxy that says X-Forwarded-Proto: https', async () => {
      const direct = await login('heru', TEST_PASSWORD, { Origin: 'https://localhost' }, 'https://localhost');
      expect(direct.status).toBe(200);
      expect(direct.headers.getSetCookie().join('\n')).toMatch(/pp_session=[^;]+;.*Secure/);
      const proxied = await login('heru', TEST_PASSWORD, { 'X-Forwarded-Proto': 'https', Origin: 'https://localhost' });
      expect(proxied.status).toBe(200);
      expect(proxied.headers.getSetCookie().join('\n')).toMatch(/pp_session=[^;]+;.*Secure/);
    });

    it('matches the user name case-insensitively', async () => {
      expect((await login('HERU', TEST_PASSWORD)).status).toBe(200);
      expect((await login('  Sari ', TEST_PASSWORD)).status).toBe(200);
    });

    it('answers a wrong password, an unknown user and a disabled account alike: 401, same body, no cookie', async () => {
      await addTestUser(db, { username: 'mantan', role: 'admin' });
      await db.query("update users set disabled = true where username = 'mantan'");
      const answers = [await login('heru', 'bukan kata sandinya'), await login('tidak-ada', TEST_PASSWORD), await login('mantan', TEST_PASSWORD)];
      for (const res of answers) {
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' } });
        expect(sessionTokenFrom(res)).toBeNull();
      }
    });

    it('takes as long for an unknown user as for a wrong password (one scrypt at the real cost either way)', async () => {
      app = createApp({ db, auth: { now: () => now, trustProxy: true } }); // default cost: timing is measurable
      await createUser(db, { username: 'lambat', displayName: 'Lambat', role: 'viewer', passwordHash: await hashPassword(TEST_PASSWORD) });
      const time = async (username: string, i: number) => {
        const started = performance.now();
        const res = await login(username, 'salah sama sekali', { 'X-Forwarded-For': `10.0.0.${i}` });
        expect(res.status).toBe(401);
        return performance.now() - started;
      };
      await time('pemanasan', 0); // the throwaway hash is made once, on first use
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 1; i <= 4; i++) {
        known.push(await time('lambat', i));
        unknown.push(await time('siapa', 10 + i));
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
      // Without the throwaway check an unknown name would answer in a few milliseconds: a ratio near 0.
      const ratio = median(unknown) / median(known);
      expect(ratio, `unknown ${unknown.map(Math.round)} ms, known ${known.map(Math.round)} ms`).toBeGreaterThan(0.5);
      expect(ratio, `unknown ${unknown.map(Math.round)} ms, known ${known.map(Math.round)} ms`).toBeLessThan(2);
    });

    it('refuses a body that is not JSON (415) and an empty one (400)', async () => {
      const form = await app.request(url(apiPaths.authLogin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: TEST_ORIGIN },
        body: `username=heru&password=${TEST_PASSWORD}`,
      });
      expect(form.status).toBe(415);
      expect((await form.json()).error.code).toBe('invalid_request');
      expect((await post(apiPaths.authLogin, { 'Content-Type': 'application/json', Origin: TEST_ORIGIN })).status).toBe(400);
    });

    it('refuses a sign-in posted from another site', async () => {
      const res = await login('heru', TEST_PASSWORD, { Origin: 'https://jahat.example' });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('csrf_failed');
      expect(sessionTokenFrom(res)).toBeNull();
    });

    it('re-hashes a password stored at a lower cost than the current one', async () => {
      app = makeApp({ hash: { ...TEST_HASH, ln: TEST_HASH.ln + 1 } });
      await signIn('sari');
      const [row] = await db.query<{ password_hash: string }>("select password_hash from users where username = 'sari'");
      expect(parseHash(row!.password_hash)!.params.ln).toBe(TEST_HASH.ln + 1);
      await signIn('sari');
    });
  });

  describe('sessions', () => {
    it('/me tells who is signed in, with the CSRF token; nulls without a session; never cached', async () => {
      expect(await me(null)).toEqual({ user: null, csrfToken: null });
      const session = await signIn('sari');
      expect(await me(session)).toEqual({ user: { username: 'sari', displayName: 'sari', role: 'viewer' }, csrfToken: session.csrfToken });
      const res = await app.request(url(apiPaths.authMe));
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    });

    it('stores only the SHA-256 of the token, never the token itself', async () => {
      const session = await signIn('heru');
      const rows = await db.query<Record<string, unknown>>('select * from sessions');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toBe(hashToken(session.token));
      expect(JSON.stringify(rows)).not.toContain(session.token);
    });

    it('signing out ends the session in the database and clears the cookie', async () => {
      const session = await signIn('heru');
      const res = await post(apiPaths.authLogout, sessionHeaders(session, 'POST'));
      expect(res.status).toBe(204);
      expect(res.headers.getSetCookie().join('\n')).toMatch(/pp_session=;.*Max-Age=0/);
      expect(await db.query('select 1 from sessions')).toHaveLength(0);
      expect((await me(session)).user).toBeNull();
      expect((await post(apiPaths.authLogout, sessionHeaders(session, 'POST'))).status).toBe(401);
    });

    it('slides: a session used within 12 hours lives on, one idle for 12 hours ends', async () => {
      const session = await signIn('sari');
      advance(11 * HOUR);
      expect((await me(session)).user?.username).toBe('sari');
      advance(11 * HOUR);
      expect((await me(session)).user?.username).toBe('sari');
      advance(12 * HOUR + MINUTE);
      const res = await app.request(url(apiPaths.authMe), { headers: { Cookie: `${SESSION_COOKIE}=${session.token}` } });
      expect((await res.json()).user).toBeNull();
      // The browser is told to drop the dead cookie.
      expect(res.headers.getSetCookie().join('\n')).toMatch(/pp_session=;.*Max-Age=0/);
      expect((await post(apiPaths.authLogout, sessionHeaders(session, 'POST'))).status).toBe(401);
    });

    it('ends after 7 days however busy', async () => {
      const session = await signIn('sari');
      for (let hours = 0; hours < 7 * 24 - 10; hours += 10) {
        advance(10 * HOUR);
        expect((await me(session)).user, `after ${hours + 10} h`).not.toBeNull();
      }
      advance(10 * HOUR);
      expect((await me(session)).user).toBeNull();
    });

    it('ends the sessions of a disabled account at once', async () => {
      const session = await signIn('heru');
      await db.query("update users set disabled = true where username = 'Heru'");
      expect((await me(session)).user).toBeNull();
    });

    it('ignores a forged or malformed cookie', async () => {
      expect((await me({ token: 'x'.repeat(43) })).user).toBeNull();
      expect((await me({ token: "'; drop table users; --" })).user).toBeNull();
    });
  });

  describe('roles', () => {
    it('lets an admin list the accounts, refuses a viewer (403) and a visitor (401), in Indonesian', async () => {
      const admin = await signIn('heru');
      const list = await app.request(url(apiPaths.adminUsers), { headers: sessionHeaders(admin) });
      expect(list.status).toBe(200);
      const accounts = StaffAccounts.parse(await list.json());
      expect(accounts.map((a) => [a.username, a.role])).toEqual([['Heru', 'admin'], ['sari', 'viewer']]);
      expect(JSON.stringify(accounts)).not.toContain('scrypt');

      const viewer = await signIn('sari');
      const refused = await app.request(url(apiPaths.adminUsers), { headers: sessionHeaders(viewer) });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: 'Anda tidak memiliki hak akses untuk tindakan ini.' } });

      const anonymous = await app.request(url(apiPaths.adminUsers));
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: { code: 'unauthenticated', message: 'Silakan masuk terlebih dahulu.' } });
    });

    it('keeps the dashboard public: no session needed to read it', async () => {
      expect((await app.request(url(apiPaths.health))).status).toBe(200);
      expect((await app.request(url(apiPaths.summary))).status).not.toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a change in a valid session without the X-CSRF-Token header, or with a wrong one', async () => {
      const session = await signIn('heru');
      const headers = sessionHeaders(session, 'POST');
      const { [CSRF_HEADER]: _, ...withoutToken } = headers;
      const missing = await post(apiPaths.authLogout, withoutToken);
      expect(missing.status).toBe(403);
      expect((await missing.json()).error.code).toBe('csrf_failed');
      const wrong = await post(apiPaths.authLogout, { ...headers, [CSRF_HEADER]: 'tebakan' });
      expect(wrong.status).toBe(403);
      const another = await signIn('heru');
      expect((await post(apiPaths.authLogout, { ...headers, [CSRF_HEADER]: another.csrfToken })).status).toBe(403);
      expect((await me(session)).user).not.toBeNull();
      expect((await post(apiPaths.authLogout, headers)).status).toBe(204);
    });

    it('refuses a change from a foreign Origin, a null Origin, or a foreign Referer, even with the right token', async () => {
      const session = await signIn('heru');
      const headers = sessionHeaders(session, 'POST');
      for (const foreign of [{ Origin: 'https://jahat.example' }, { Origin: 'null' }, { Origin: 'http://localhost:8080' }]) {
        const res = await post(apiPaths.authLogout, { ...headers, ...foreign });
        expect(res.status, JSON.stringify(foreign)).toBe(403);
        expect((await res.json()).error.code).toBe('csrf_failed');
      }
      const { Origin: _, ...noOrigin } = headers;
      expect((await post(apiPaths.authLogout, { ...noOrigin, Referer: 'https://jahat.example/halaman' })).status).toBe(403);
      expect((await me(session)).user).not.toBeNull();
      // Without Origin and Referer (a script, not a browser) the token alone decides.
      expect((await post(apiPaths.authLogout, noOrigin)).status).toBe(204);
    });

    it('accepts the origin a reverse proxy forwards', async () => {
      const res = await login('heru', TEST_PASSWORD, {
        Origin: 'https://pantau.example.go.id',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'pantau.example.go.id',
      });
      expect(res.status).toBe(200);
    });
  });

  describe('brute force', () => {
    const lockedAnswer = async (res: Response) => {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
      const body = await res.json();
      expect(body.error.code).toBe('too_many_attempts');
      expect(body.error.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ menit\.$/);
      expect(sessionTokenFrom(res)).toBeNull();
      return Number(res.headers.get('Retry-After'));
    };

    it('locks a user name after 5 failures: the 6th attempt gets 429 even with the right password, until 15 minutes pass', async () => {
      for (let i = 0; i < 5; i++) expect((await login('heru', `salah-${i}`)).status).toBe(401);
      expect(await lockedAnswer(await login('heru', TEST_PASSWORD))).toBe(15 * 60);
      advance(10 * MINUTE);
      expect(await lockedAnswer(await login('HERU', TEST_PASSWORD))).toBe(5 * 60);
      advance(5 * MINUTE);
      expect((await login('heru', TEST_PASSWORD)).status).toBe(200);
      // A success starts the count afresh.
      for (let i = 0; i < 4; i++) expect((await login('heru', `salah-${i}`)).status).toBe(401);
      expect((await login('heru', TEST_PASSWORD)).status).toBe(200);
    });

    it('locks an unknown user name exactly like a real one', async () => {
      for (let i = 0; i < 5; i++) expect((await login('hantu', `salah-${i}`)).status).toBe(401);
      await lockedAnswer(await login('hantu', TEST_PASSWORD));
    });

    it('forgets failures spread wider than the lock window', async () => {
      for (let i = 0; i < 8; i++) {
        expect((await login('sari', `salah-${i}`)).status).toBe(401);
        advance(16 * MINUTE);
      }
      expect((await login('sari', TEST_PASSWORD)).status).toBe(200);
    });

    it('locks per user name across addresses, and per address across user names', async () => {
      app = makeApp({ trustProxy: true });
      const from = (ip: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${ip}` });
      for (let i = 0; i < 5; i++) expect((await login('heru', `salah-${i}`, from(`10.0.0.${i}`))).status).toBe(401);
      await lockedAnswer(await login('heru', TEST_PASSWORD, from('10.0.0.99')));

      for (let i = 0; i < 5; i++) expect((await login(`tamu${i}`, 'salah', from('10.9.9.9'))).status).toBe(401);
      await lockedAnswer(await login('sari', TEST_PASSWORD, from('10.9.9.9')));
      expect((await login('sari', TEST_PASSWORD, from('10.8.8.8'))).status).toBe(200);
    });

    it('caps a burst of parallel guesses at the limit', async () => {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('heru', `tebakan-${i}`)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    });
  });

  describe('changing one’s own password', () => {
    it('needs the current password, then ends the other sessions and keeps this one', async () => {
      const here = await signIn('sari');
      const elsewhere = await signIn('sari');
      const wrong = await post(apiPaths.authPassword, sessionHeaders(here, 'POST'), { currentPassword: 'bukan', newPassword: 'kata-sandi-baru-456' });
      expect(wrong.status).toBe(400);
      expect((await wrong.json()).error.code).toBe('wrong_password');
      const short = await post(apiPaths.authPassword, sessionHeaders(here, 'POST'), { currentPassword: TEST_PASSWORD, newPassword: 'pendek' });
      expect(short.status).toBe(400);

      const ok = await post(apiPaths.authPassword, sessionHeaders(here, 'POST'), { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-456' });
      expect(ok.status).toBe(204);
      expect((await me(here)).user?.username).toBe('sari');
      expect((await me(elsewhere)).user).toBeNull();
      expect((await login('sari', TEST_PASSWORD)).status).toBe(401);
      expect((await login('sari', 'kata-sandi-baru-456')).status).toBe(200);
    });
  });
});
