import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginResponse } from '../../contract/auth';
import { API_BASE, apiPaths } from '../../contract/paths';
import { TEST_ORIGIN } from '../../tests/support/auth';
import { testDrivers } from '../../tests/support/test-db';
import { createApp } from '../app';
import { openDatabase, type Db } from '../db/client';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'rahasia-kantor-2025';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run user:add -- <args>` as its own process, the password piped in. */
function userAdd(args: string[], env: Record<string, string>, stdin: string): Promise<Run> {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/user-add.ts', ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function signIn(db: Db, username: string, password: string) {
  const app = createApp({ db });
  return app.request(`${API_BASE}${apiPaths.authLogin}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
    body: JSON.stringify({ username, password }),
  });
}

describe.each(testDrivers)('npm run user:add on %s', (driver) => {
  let dataDir: string;
  let env: Record<string, string>;
  /** Opens what the CLI wrote: the PGlite folder (only once the CLI has let go of it) or the test's schema. */
  let openWritten: () => Promise<Db>;
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pantau-user-add-'));
    env = { DATA_DIR: dataDir };
    if (driver === 'pglite') {
      openWritten = () => openDatabase({ kind: 'pglite', dir: join(dataDir, 'pglite') });
    } else {
      const url = process.env.DATABASE_URL!;
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = await openDatabase({ kind: 'postgres', url, max: 1 });
      await admin.exec(`create schema ${schema}`);
      await admin.close();
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      env.DATABASE_URL = withSchema.toString();
      openWritten = () => openDatabase({ kind: 'postgres', url, schema, max: 2 });
      cleanup = async () => {
        const db = await openDatabase({ kind: 'postgres', url, max: 1 });
        await db.exec(`drop schema ${schema} cascade`);
        await db.close();
      };
    }
  });
  afterAll(async () => {
    await cleanup();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an admin who can then sign in, and prints no password', async () => {
    const run = await userAdd(['--username', 'heru', '--role', 'admin', '--display-name', 'Heru Siswanto'], env, `${PASSWORD}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Akun admin "heru" (Heru Siswanto) dibuat');
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);

    const db = await openWritten();
    try {
      const [row] = await db.query<{ password_hash: string; role: string }>("select password_hash, role from users where username = 'heru'");
      expect(row?.role).toBe('admin');
      expect(row?.password_hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
      const res = await signIn(db, 'Heru', PASSWORD);
      expect(res.status).toBe(200);
      expect(LoginResponse.parse(await res.json()).user).toEqual({ username: 'heru', displayName: 'Heru Siswanto', role: 'admin' });
    } finally {
      await db.close();
    }
  });

  it('refuses a user name that is taken, whatever its case', async () => {
    const run = await userAdd(['--username', 'HERU', '--role', 'viewer'], env, `${PASSWORD}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('sudah dipakai');
  });

  it('refuses a password shorter than 10 characters, and a bad role, before touching the database', async () => {
    const short = await userAdd(['--username', 'sari', '--role', 'viewer'], env, 'pendek\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('minimal 10 karakter');
    const role = await userAdd(['--username', 'sari', '--role', 'superuser'], env, `${PASSWORD}\n`);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('--role');
  });

  it.runIf(driver === 'pglite')('refuses while the server holds the data folder', async () => {
    const locked = await mkdtemp(join(tmpdir(), 'pantau-user-add-locked-'));
    try {
      // This test process is alive, so its pid is a lock the CLI must respect.
      await writeFile(join(locked, 'server.pid'), String(process.pid));
      const run = await userAdd(['--username', 'sari', '--role', 'viewer'], { DATA_DIR: locked }, `${PASSWORD}\n`);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('sedang dipakai');
      expect(run.stderr).toContain(`PID ${process.pid}`);
      expect(existsSync(join(locked, 'pglite'))).toBe(false);
    } finally {
      await rm(locked, { recursive: true, force: true });
    }
  });
});
