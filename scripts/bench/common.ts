/**
 * Shared parts of `npm run bench`: result rows, the real server as a child process, signing in, the
 * PostgreSQL admin connection, and where seeded datasets are cached.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../tests/e2e/support/server';

export const root = resolve(import.meta.dirname, '../..');
export const CACHE_DIR = join(root, 'bench/.cache');
export const RESULTS_DIR = join(root, 'bench/results');
/** The demo's and the seeded datasets' "today": fixed so that runs compare. */
export const BENCH_TODAY = '2026-11-23';
export const PSEUDONYM_KEY = 'bench-pseudonym-key-bench-pseudonym-key';
export const ADMIN = { username: 'benchadmin', password: 'kata-sandi-bench-12345', role: 'admin' as const };

export type Driver = 'pglite' | 'postgres';

/**
 * One line of the table: `figure` is what was measured, as text; `target` what issue 7 asks (if anything) and
 * `pass` whether the figure meets it (null: no target). `data` holds the raw numbers for the JSON file.
 */
export interface Row {
  part: string;
  what: string;
  where: string;
  figure: string;
  target?: string;
  pass?: boolean | null;
  data?: unknown;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export { freePort };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('PostgreSQL parts need DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  return url;
}

/** The same server URL with another database name. */
export function urlForDatabase(name: string): string {
  const u = new URL(databaseUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

export function ensureBuild(): void {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first (or pass --build)');
}

export interface ServerHandle {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Milliseconds from spawn to the first 200 on /api/summary. */
  readyMs: number;
  stop(): Promise<void>;
}

/**
 * `node --import tsx server/main.ts`, as `npm start` runs it once the build is there. `db` is either a DATA_DIR
 * (PGlite) or a PostgreSQL database name; the server's own pseudonym key is fixed so seeded data and imports agree.
 */
export async function startServer(
  db: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; database: string },
  env: Record<string, string> = {},
  timeoutMs = 600_000,
): Promise<ServerHandle> {
  ensureBuild();
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_TODAY: BENCH_TODAY,
      PSEUDONYM_KEY,
      IMPORT_MAX_MB: '2048',
      ...(db.kind === 'pglite' ? { DATABASE_URL: '', DATA_DIR: db.dataDir } : { DATABASE_URL: urlForDatabase(db.database) }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let readyMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await fetch(`${url}/api/summary`)).ok) {
        readyMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${timeoutMs / 1000} s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    url,
    child,
    output: () => out,
    readyMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Runs a script of the repo in a child process; resolves with its stdout. */
export function runNode(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<string> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.stdin.end(stdin ?? '');
    p.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${args.join(' ')} exited ${code}:\n${err}\n${out}`))));
  });
}

/** Creates the bench admin with the real CLI (`npm run user:add`), before the server opens the database. */
export async function addAdmin(db: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; database: string }): Promise<void> {
  const env: Record<string, string> = db.kind === 'pglite' ? { DATABASE_URL: '', DATA_DIR: db.dataDir } : { DATABASE_URL: urlForDatabase(db.database) };
  try {
    await runNode(['--import', 'tsx', 'server/cli/user-add.ts', '--username', ADMIN.username, '--role', ADMIN.role], { ...env, PSEUDONYM_KEY }, `${ADMIN.password}\n`);
  } catch (error) {
    // Already there from an earlier run on a cached dataset.
    if (!/sudah dipakai|is taken/.test(String(error))) throw error;
  }
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in through /api/auth/login; the cookie and CSRF token for the admin API. */
export async function signIn(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: body.csrfToken };
}

export function adminHeaders(url: string, s: Session, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: s.cookie, 'x-csrf-token': s.csrf, origin: url, ...extra };
}

/**
 * The GETs the overview page `/` makes on load, as Chromium requested them (desktop, scrolled to the end) on
 * 2026-12-01. /api/coverage and /api/breakdown/kecamatan belong to other pages.
 */
export const OVERVIEW_ENDPOINTS: readonly string[] = [
  '/api/summary',
  '/api/auth/me',
  '/api/registrations/timeseries?interval=day',
  '/api/registrations/timeseries?interval=week',
  '/api/ranking?metric=count',
  '/api/ranking/history?metric=count',
  '/api/breakdown/occupations',
  '/api/breakdown/units',
  '/api/events',
];

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
