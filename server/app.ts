import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import { logger } from 'hono/logger';
import { API_BASE, apiPaths } from '../contract/paths';
import { NoCampaignError } from './campaign/get-campaign';
import type { Db } from './db/client';
import type { AppEnv } from './lib/app-env';
import { breakdownsRouter } from './routes/breakdowns/breakdowns.index';
import { healthRouter } from './routes/health/health.index';
import { rankingRouter } from './routes/ranking/ranking.index';
import { registrationsRouter } from './routes/registrations/registrations.index';
import { summaryRouter } from './routes/summary/summary.index';

export interface AppOptions {
  db: Db;
  /** The built SPA (dist/). Without it the app serves the API alone, as in tests and `npm run dev`. */
  staticDir?: string;
  logRequests?: boolean;
}

const routers = [healthRouter, summaryRouter, registrationsRouter, breakdownsRouter, rankingRouter];

/** Builds the whole HTTP app without listening, so tests can call it in-process. */
export function createApp({ db, staticDir, logRequests = false }: AppOptions) {
  const api = new OpenAPIHono<AppEnv>();
  api.use('*', async (c, next) => {
    c.set('db', db);
    await next();
  });
  for (const router of routers) api.route('/', router);
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
    console.error(error);
    return c.json({ error: { code: 'internal', message: 'Terjadi kesalahan di server.' } }, 500);
  });

  const app = new OpenAPIHono();
  if (logRequests) app.use('*', logger());
  app.use(`${API_BASE}/*`, compress());
  app.route(API_BASE, api);
  // Unknown API paths answer JSON 404, never the SPA shell.
  app.all(`${API_BASE}/*`, (c) => c.json({ error: { code: 'not_found', message: `No API endpoint at ${c.req.path}` } }, 404));

  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    app.use(
      '/assets/*',
      async (c, next) => {
        await next();
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
      serveStatic({ root: staticDir, precompressed: false }),
    );
    app.use('*', serveStatic({ root: staticDir }));
    // Client-side routes: every other GET gets the SPA shell, never cached so a deploy shows at once.
    app.get('*', async (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(await readFile(join(staticDir, 'index.html'), 'utf8'));
    });
  }
  return app;
}
