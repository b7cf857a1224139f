import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/app';
import { hashPassword } from '../../../server/auth/password';
import { createUser } from '../../../server/auth/users';
import { loadConfig } from '../../../server/config';
import { prepareDatabase } from '../../../server/start';
import type { RunningServer } from './server';

const root = resolve(import.meta.dirname, '../../..');

export interface InProcessServer extends RunningServer {
  /** Moves the server's clock (sessions, snapshot expiry, rate limits) forward; the data does not change. */
  advance(ms: number): void;
}

/**
 * The same app `npm start` serves (built SPA, PGlite in a fresh data folder, demo campaign), started inside the
 * test process so the test owns its clock: a snapshot's expiry can be reached without waiting 30 days.
 * Everything else is real: HTTP over loopback, cookies, CSRF, Chromium.
 */
export async function startInProcessServer(
  env: Record<string, string>,
  users: { username: string; role: 'admin' | 'viewer'; password: string; displayName: string }[],
): Promise<InProcessServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-e2e-inproc-'));
  const config = loadConfig({ ...env, DATA_DIR: dataDir, STATIC_DIR: join(root, 'dist') });
  const started = await prepareDatabase(config);
  for (const user of users) {
    await createUser(started.db, { ...user, passwordHash: await hashPassword(user.password, { ln: 10, r: 8, p: 1 }) });
  }
  let offset = 0;
  const app = createApp({
    db: started.db,
    staticDir: config.staticDir,
    auth: { now: () => new Date(Date.now() + offset) },
    imports: { maxBytes: config.importMaxBytes, pseudonymize: started.pseudonymize },
  });
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => '',
    advance: (ms) => {
      offset += ms;
    },
    stop: async () => {
      await new Promise((ok) => server.close(ok));
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
