/**
 * API latency and throughput of the overview's GETs, per dataset size and driver: the real server as a child
 * process on a seeded dataset, the load from another process (load-worker.ts, autocannon) over loopback.
 *
 * The server keeps public answers in memory per data version (server/lib/http-cache.ts), so two figures per GET:
 * - computed: every request made unique (`&bench=<id>`, ignored by the routes) so that every answer is computed
 *   from the database, as right after an import; latency with one connection, requests back to back (no queueing
 *   in the figure), throughput with 10 connections. Issue 7's p95 targets are checked on this figure.
 * - cached: the same URL again and again, as viewers between two imports get it; 10 connections.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult } from './load-worker';
import { log, OVERVIEW_ENDPOINTS, root, round, startServer, type Driver, type Row } from './common';
import { ensureDataset } from './seed';

export interface LoadRun {
  done: Promise<LoadResult>;
  /** Ends an open-ended run (seconds 0); its result then arrives on `done`. */
  stop(): void;
}

export function runLoad(url: string, paths: readonly string[], connections: number, seconds: number, unique = false, amount?: number): LoadRun {
  const args = JSON.stringify({ url, paths, connections, seconds, unique, ...(amount ? { amount } : {}) });
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/load-worker.ts'), args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const done = new Promise<LoadResult>((ok, fail) =>
    child.on('close', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult) : fail(new Error(`load process exited ${code}`)))),
  );
  return { done, stop: () => child.kill('SIGTERM') };
}

const MIN_SAMPLES = 20;

export const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

/** Issue 7: overview API p95 <= 50 ms at 1M (PG and PGlite), <= 100 ms at 5M on PostgreSQL. */
export function p95Target(driver: Driver, size: number): number | null {
  if (size === 1_000_000) return 50;
  if (size === 5_000_000 && driver === 'postgres') return 100;
  return null;
}

export async function benchApi(drivers: Driver[], sizes: number[], seconds: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of drivers) {
    for (const size of sizes) {
      const ds = await ensureDataset(driver, size);
      const server = await startServer(ds);
      const where = `${driver} ${sizeLabel(size)}`;
      try {
        log(`API on ${where}`);
        // Warm up: the first call of each endpoint plans its queries and fills caches.
        for (let i = 0; i < 3; i++) for (const path of OVERVIEW_ENDPOINTS) await (await fetch(server.url + path)).arrayBuffer();
        const target = p95Target(driver, size);
        let worst = 0;
        let worstCached = 0;
        for (const path of OVERVIEW_ENDPOINTS) {
          let latency = await runLoad(server.url, [path], 1, seconds, true).done;
          // A slow answer gives few samples in `seconds`: then a fixed number of them, for a p95 worth the name.
          if (latency.requests < MIN_SAMPLES) latency = await runLoad(server.url, [path], 1, 0, true, MIN_SAMPLES).done;
          const throughput = await runLoad(server.url, [path], 10, seconds, true).done;
          await (await fetch(server.url + path)).arrayBuffer(); // back in the cache, which the unique runs flushed
          const cached = await runLoad(server.url, [path], 10, seconds).done;
          const failed = [latency, throughput, cached].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
          if (failed > 0) throw new Error(`${path} on ${where}: ${failed} failed responses (${JSON.stringify([latency, throughput, cached].map((r) => r.statusCodes))})`);
          worst = Math.max(worst, latency.p95);
          worstCached = Math.max(worstCached, cached.p95);
          rows.push({
            part: 'api',
            what: `GET ${path}`,
            where,
            figure:
              `computed p50 ${round(latency.p50)} / p95 ${round(latency.p95)} / p99 ${round(latency.p99)} ms (n=${latency.requests}), ${Math.round(throughput.rps)} req/s; ` +
              `cached p95 ${round(cached.p95)} ms at 10 conn., ${Math.round(cached.rps)} req/s`,
            ...(target ? { target: `computed p95 <= ${target} ms`, pass: latency.p95 <= target } : { pass: null }),
            data: { path, driver, size, computed: { latency, throughput }, cached },
          });
        }
        rows.push({
          part: 'api',
          what: `worst p95 of the ${OVERVIEW_ENDPOINTS.length} overview GETs`,
          where,
          figure: `computed ${round(worst)} ms; cached ${round(worstCached)} ms at 10 conn.`,
          ...(target ? { target: `computed <= ${target} ms`, pass: worst <= target } : { pass: null }),
          data: { driver, size, worstP95: worst, worstCachedP95: worstCached },
        });
      } finally {
        await server.stop();
      }
    }
  }
  return rows;
}
