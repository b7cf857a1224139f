/**
 * Cold start: `node --import tsx server/main.ts` (what `npm start` runs once `npm run build` has made dist/; the
 * build is NOT counted) on a fresh data folder or an empty PostgreSQL database, to the first 200 on /api/summary.
 * Twice: as shipped (DEMO_DATA=1: migrations, then the demo campaign is generated and loaded) and with DEMO_DATA=0.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { databaseUrl, log, round, startServer, type Driver, type Row } from './common';

async function freshDatabase(name: string): Promise<() => Promise<void>> {
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return async () => {
    const a = new pg.Client({ connectionString: databaseUrl() });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  };
}

export async function benchColdStart(drivers: Driver[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of drivers) {
    for (const demo of ['1', '0']) {
      log(`cold start on ${driver}, DEMO_DATA=${demo}`);
      let cleanup: () => Promise<void>;
      let ds: Parameters<typeof startServer>[0];
      if (driver === 'pglite') {
        const dir = await mkdtemp(join(tmpdir(), 'bench-cold-'));
        ds = { kind: 'pglite', dataDir: dir };
        cleanup = () => rm(dir, { recursive: true, force: true });
      } else {
        cleanup = await freshDatabase('bench_cold');
        ds = { kind: 'postgres', database: 'bench_cold' };
      }
      try {
        const server = await startServer(ds, { DEMO_DATA: demo });
        await server.stop();
        const line = /demo campaign loaded: (\d+) registrations/.exec(server.output());
        rows.push({
          part: 'cold start',
          what: demo === '1' ? `fresh start to first /api/summary, demo loaded (${line?.[1] ?? '?'} rows); build not counted` : 'fresh start to first /api/summary, DEMO_DATA=0; build not counted',
          where: driver,
          figure: `${round(server.readyMs / 1000, 2)} s`,
          pass: null,
          data: { driver, demoData: demo === '1', readyMs: server.readyMs },
        });
      } finally {
        await cleanup();
      }
    }
  }
  return rows;
}
