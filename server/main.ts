import { serve } from '@hono/node-server';
import { createApp } from './app';
import { firstAdminHint } from './auth/users';
import { ConfigError, loadConfig } from './config';
import { prepareDatabase } from './start';

const log = (line: string) => console.log(`[pantau-peduli] ${line}`);

async function main() {
  const config = loadConfig();
  const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dir}` : 'PostgreSQL (DATABASE_URL)';
  log(`opening ${where}`);
  const started = await prepareDatabase(config, log);
  const hint = await firstAdminHint(started.db);
  if (hint) log(hint);
  const app = createApp({
    db: started.db,
    staticDir: config.staticDir,
    logRequests: config.logRequests,
    auth: { trustProxy: config.trustProxy },
    imports: { maxBytes: config.importMaxBytes, pseudonymize: started.pseudonymize },
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log(`ready on http://localhost:${info.port}`);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing`);
    server.close();
    await started.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`[pantau-peduli] ${error.message}`);
  } else {
    console.error('[pantau-peduli] failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
