/**
 * Load: 200 concurrent viewers cycling through the overview's GETs (a separate autocannon process) while an
 * admin imports a 100k-row recap through the real API (upload, preview, apply), on a copy of the seeded 100k
 * dataset. Reports errors, max latency and p99 of the viewers, the import's own timings, and checks afterwards
 * that the import was applied with every row added and the summary counts every new worker.
 */
import { registrationCsv } from '../../server/demo/recap-file';
import { generateDemoCampaign } from '../../server/demo/generate';
import { runLoad, sizeLabel } from './api';
import { adminHeaders, BENCH_TODAY, log, OVERVIEW_ENDPOINTS, round, signIn, startServer, type Driver, type Row } from './common';
import { copyDataset, ensureDataset } from './seed';

export const VIEWERS = 200;

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function benchLoad(drivers: Driver[], baseSize: number, importRows: number): Promise<Row[]> {
  const rows: Row[] = [];
  // The recap an admin uploads: the demo generator's rows (registration numbers ASNPR-..., unlike the seeded
  // BENCH-... ones), so every row is new.
  const demo = generateDemoCampaign({ today: BENCH_TODAY, records: importRows });
  const workers = new Set<string>();
  const parts: string[] = [];
  for (const r of demo.registrations()) workers.add(r.workerNik);
  for (const chunk of registrationCsv(demo.registrations())) parts.push(chunk);
  const csv = Buffer.from(parts.join(''));
  for (const driver of drivers) {
    const base = await ensureDataset(driver, baseSize);
    const copy = await copyDataset(base, 'load');
    const server = await startServer(copy.ds);
    const where = `${driver}, ${sizeLabel(baseSize)} stored + ${demo.recordCount.toLocaleString('en')} imported`;
    try {
      log(`load on ${where}`);
      const session = await signIn(server.url);
      const before = await json<{ registered: number }>(await fetch(`${server.url}/api/summary`), 'summary before');
      const load = runLoad(server.url, OVERVIEW_ENDPOINTS, VIEWERS, 0);
      await new Promise((r) => setTimeout(r, 3000));
      const t0 = performance.now();
      const preview = await json<{ id: number; status: string }>(
        await fetch(`${server.url}/api/admin/imports?fileName=rekap-bench.csv`, {
          method: 'POST',
          headers: adminHeaders(server.url, session, { 'content-type': 'application/octet-stream' }),
          body: csv,
        }),
        'upload',
      );
      const t1 = performance.now();
      const applied = await json<{ status: string; added: number | null }>(
        await fetch(`${server.url}/api/admin/imports/${preview.id}/apply`, {
          method: 'POST',
          headers: adminHeaders(server.url, session, { 'content-type': 'application/json' }),
          body: JSON.stringify({ partial: false }),
        }),
        'apply',
      );
      const t2 = performance.now();
      await new Promise((r) => setTimeout(r, 3000));
      load.stop();
      const viewers = await load.done;
      const report = await json<{ status: string; added: number | null; rowCount: number; rejected: number }>(
        await fetch(`${server.url}/api/admin/imports/${preview.id}`, { headers: adminHeaders(server.url, session) }),
        'import report',
      );
      const after = await json<{ registered: number }>(await fetch(`${server.url}/api/summary`), 'summary after');
      const complete = report.status === 'applied' && report.added === demo.recordCount && after.registered - before.registered === workers.size;
      const failed = viewers.errors + viewers.timeouts + viewers.non2xx;
      rows.push({
        part: 'load',
        what: `${VIEWERS} viewers on the overview GETs during the import: errors, max, p99`,
        where,
        figure: `${failed} errors/timeouts/non-2xx of ${viewers.requests.toLocaleString('en')} requests; max ${round(viewers.max)} ms; p99 ${round(viewers.p99)} ms; p50 ${round(viewers.p50)} ms; ${Math.round(viewers.rps)} req/s`,
        target: '0 errors, max < 1000 ms',
        pass: failed === 0 && viewers.max < 1000,
        data: { driver, viewers },
      });
      rows.push({
        part: 'load',
        what: 'the import under that load: upload+preview, apply; every row counted',
        where,
        figure: `upload ${round((t1 - t0) / 1000)} s, apply ${round((t2 - t1) / 1000)} s; ${applied.status}, added ${report.added?.toLocaleString('en')} of ${demo.recordCount.toLocaleString('en')} rows; summary +${(after.registered - before.registered).toLocaleString('en')} workers (expected +${workers.size.toLocaleString('en')})`,
        target: 'applied, every row counted',
        pass: complete,
        data: { driver, report, uploadMs: t1 - t0, applyMs: t2 - t1, registeredBefore: before.registered, registeredAfter: after.registered, expectedWorkers: workers.size },
      });
    } finally {
      await server.stop();
      await copy.drop();
    }
  }
  return rows;
}
