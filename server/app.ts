import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { API_BASE, apiPaths } from '../contract/paths';
import { authMiddleware } from './auth/middleware';
import { resolveAuthSettings, type AuthOptions } from './auth/settings';
import { NoCampaignError } from './campaign/get-campaign';
import type { Db } from './db/client';
import { createPseudonymizer } from './privacy/pseudonym';
import type { AppEnv } from './lib/app-env';
import { authRouter } from './routes/auth/auth.index';
import { breakdownsRouter } from './routes/breakdowns/breakdowns.index';
import { coverageRouter } from './routes/coverage/coverage.index';
import { eventsRouter } from './routes/events/events.index';
import { healthRouter } from './routes/health/health.index';
import { createImportsRouter, type ImportSettings } from './routes/imports/imports.index';
import { DEFAULT_IMPORT_MAX_BYTES } from './config';
import { rankingRouter } from './routes/ranking/ranking.index';
import { registrationsRouter } from './routes/registrations/registrations.index';
import { summaryRouter } from './routes/summary/summary.index';
import { targetsRouter } from './routes/targets/targets.index';
import { usersRouter } from './routes/users/users.index';
import { snapshotsRouter } from './routes/snapshots/snapshots.index';
import { createSnapshotPageRouter } from './snapshot-page/snapshot-page.index';
import { createHttpCache } from './lib/http-cache';
import { shellWithBootData, type BootData } from './lib/spa-shell';

export interface AppOptions {
  db: Db;
  /** The built SPA (dist/). Without it the app serves the API alone, as in tests and `npm run dev`. */
  staticDir?: string;
  logRequests?: boolean;
  /** Sessions, throttling, password cost; tests inject a clock here. */
  auth?: AuthOptions;
  /**
   * Size cap and the keyed hash for personal ids. main.ts passes the configured ones; without them
   * (tests) an upload gets a throwaway key, which is fine for a database that lives as long as the test.
   */
  imports?: ImportSettings;
  /** PUBLIC_URL: where people reach the app, for absolute links in shared pages (og:image). Else the request's. */
  publicUrl?: string;
}

const routers = [healthRouter, summaryRouter, registrationsRouter, breakdownsRouter, rankingRouter, eventsRouter, targetsRouter, authRouter, usersRouter, coverageRouter, snapshotsRouter];

/** Builds the whole HTTP app without listening, so tests can call it in-process. */
export function createApp({ db, staticDir, logRequests = false, auth, imports, publicUrl }: AppOptions) {
  const authSettings = resolveAuthSettings(auth);
  const api = new OpenAPIHono<AppEnv>();
  api.use('*', async (c, next) => {
    c.set('db', db);
    await next();
  });
  // Public aggregates per data version (issue 7): a hit needs neither the session nor the database.
  api.use('*', createHttpCache({ db, now: authSettings.now }).middleware);
  // Who is signed in, and whether they may: contract/access-policy.ts, before any route runs.
  api.use('*', authMiddleware(authSettings));
  for (const router of routers) api.route('/', router);
  api.route('/', createImportsRouter(imports ?? { maxBytes: DEFAULT_IMPORT_MAX_BYTES, pseudonymize: createPseudonymizer(randomBytes(32).toString('hex')) }));
  api.doc31(apiPaths.openapi, {
    openapi: '3.1.0',
    servers: [{ url: API_BASE }],
    info: {
      title: 'Pantau Peduli API',
      version: '1.0.0',
      description: 'Aggregates of the "ASN peduli pekerja rentan" campaign. No personal data is ever returned.',
    },
  });
  api.onError((error, c) => {
    if (error instanceof NoCampaignError) {
      return c.json({ error: { code: 'no_campaign', message: 'Belum ada data kampanye.' } }, 503);
    }
    // Hono's own 4xx, e.g. a JSON body sent as a form: the client's mistake, not a server error.
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: 'invalid_request', message: error.message } }, error.status);
    }
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'Terjadi kesalahan di server.' } }, 500);
  });

  const app = new OpenAPIHono();
  if (logRequests) app.use('*', logger());
  // Everything compressible (API, snapshot pages, the shell); built assets come precompressed (vite.config.ts).
  app.use('*', compress());
  app.route(API_BASE, api);
  // Unknown API paths answer JSON 404, never the SPA shell.
  app.all(`${API_BASE}/*`, (c) => c.json({ error: { code: 'not_found', message: `No API endpoint at ${c.req.path}` } }, 404));
  // The public snapshot page is plain server-rendered HTML, with or without the built SPA.
  app.route('/', createSnapshotPageRouter({ db, auth: authSettings, publicUrl }));

  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    app.use(
      '/assets/*',
      async (c, next) => {
        await next();
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
      serveStatic({ root: staticDir, precompressed: true }),
    );
    // The service worker (public/sw.js): browsers must see a new one as soon as it is deployed.
    app.use('/sw.js', async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-cache');
    });
    // The overview's shell carries the headline's data (lib/spa-shell.ts), read through the API and its cache.
    const overviewShell = async (c: Context<AppEnv>) => {
      const shell = await readFile(join(staticDir, 'index.html'), 'utf8');
      let boot: BootData | null = null;
      try {
        const res = await app.request(`${API_BASE}${apiPaths.summary}`);
        if (res.ok) boot = { summary: await res.json(), readAt: Date.now() };
      } catch {
        // No data yet, or the database is unwell: the page asks the API itself, and says what went wrong.
      }
      c.header('Cache-Control', 'no-cache');
      return c.html(shellWithBootData(shell, boot));
    };
    app.get('/', overviewShell);
    app.get('/index.html', overviewShell);
    app.use('*', serveStatic({ root: staticDir, precompressed: true }));
    // Client-side routes: every other GET gets the SPA shell, never cached so a deploy shows at once.
    app.get('*', async (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(join(staticDir, 'index.html'), 'utf8'));
    });
  }
  return app;
}
