/**
 * `npm run bench:import [-- --sizes 10000,100000,1000000] [--postgres]`
 *
 * Imports generated registration recaps of each size through the real pipeline (spool, parse, validate,
 * stage, apply in one transaction) into a fresh database, one child process per size so that peak memory
 * is that size's own. Prints a table and writes bench/results/import.json.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';

export interface ImportResult {
  rows: number;
  driver: string;
  fileMb: number;
  stageSeconds: number;
  applySeconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const root = resolve(import.meta.dirname, '..');

async function child(rows: number, postgres: boolean): Promise<ImportResult> {
  const { generateDemoCampaign } = await import('../server/demo/generate');
  const { registrationCsv } = await import('../server/demo/recap-file');
  const { openDatabase } = await import('../server/db/client');
  const { migrate } = await import('../server/db/migrate');
  const { syncReferenceData } = await import('../server/db/reference-data');
  const { stageImport } = await import('../server/imports/stage');
  const { applyImport } = await import('../server/imports/apply');
  const { getImportReport } = await import('../server/imports/report');
  const { createPseudonymizer } = await import('../server/privacy/pseudonym');
  const { createReadStream } = await import('node:fs');

  const dir = await mkdtemp(join(tmpdir(), 'bench-import-'));
  const file = join(dir, 'rekap.csv');
  const demo = generateDemoCampaign({ today: '2026-11-23', records: rows });
  const out = createWriteStream(file);
  for (const chunk of registrationCsv(demo.registrations())) {
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.end();
  await finished(out);
  const fileMb = (await stat(file)).size / 1_048_576;

  const schema = `bench_${process.pid}`;
  let db;
  if (postgres) {
    const url = process.env.DATABASE_URL!;
    const admin = await openDatabase({ kind: 'postgres', url, max: 1 });
    await admin.exec(`drop schema if exists ${schema} cascade; create schema ${schema}`);
    await admin.close();
    db = await openDatabase({ kind: 'postgres', url, schema });
  } else {
    db = await openDatabase({ kind: 'pglite', dir: join(dir, 'db') });
  }
  await migrate(db);
  await syncReferenceData(db);
  await db.query(
    `insert into campaign (region_code, asn_count, workers_per_asn, monthly_contribution, launch_date, deadline) values ('3310', $1, 1, 16800, '2023-11-13', '2027-12-31')`,
    [demo.campaign.asnCount],
  );

  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);

  const pseudonymize = createPseudonymizer('bench-secret-bench-secret-bench-secret');
  const t0 = performance.now();
  const id = await stageImport(db, createReadStream(file, { highWaterMark: 1 << 20 }), {
    fileName: 'rekap.csv', importedBy: 'bench', today: '2026-11-23', maxBytes: 4 * 1024 ** 3, pseudonymize,
  });
  const t1 = performance.now();
  await applyImport(db, id, { partial: false, today: '2026-11-23' });
  const t2 = performance.now();
  clearInterval(sampler);
  const report = await getImportReport(db, id);
  if (report?.status !== 'applied' || report.added !== rows) throw new Error(`bench import did not apply all rows: ${JSON.stringify(report)}`);
  if (postgres) await db.exec(`drop schema ${schema} cascade`);
  await db.close();
  await rm(dir, { recursive: true, force: true });
  return {
    rows, driver: postgres ? 'postgres' : 'pglite', fileMb: round(fileMb),
    stageSeconds: round((t1 - t0) / 1000), applySeconds: round((t2 - t1) / 1000),
    rowsPerSecond: Math.round(rows / ((t2 - t0) / 1000)),
    peakRssMb: round((peakRss - baseline.rss) / 1_048_576 + baseline.rss / 1_048_576), peakHeapMb: round(peakHeap / 1_048_576),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

function runChild(rows: number, postgres: boolean): Promise<ImportResult> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=2048', 'scripts/bench-import.ts', '--child', String(rows), ...(postgres ? ['--postgres'] : [])], {
      cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').at(-1)!)) : fail(new Error(`size ${rows} failed (exit ${code})`))));
  });
}

async function main() {
  const { values } = parseArgs({
    options: { child: { type: 'string' }, postgres: { type: 'boolean' }, sizes: { type: 'string', default: '10000,100000,1000000' } },
  });
  if (values.child) {
    console.log(JSON.stringify(await child(Number(values.child), values.postgres ?? false)));
    return;
  }
  if (values.postgres && !process.env.DATABASE_URL) throw new Error('--postgres needs DATABASE_URL');
  const results: ImportResult[] = [];
  for (const rows of values.sizes!.split(',').map(Number)) {
    process.stderr.write(`importing ${rows.toLocaleString('en')} rows on ${values.postgres ? 'postgres' : 'pglite'}…\n`);
    results.push(await runChild(rows, values.postgres ?? false));
  }
  console.log('\nImport benchmark (generate CSV, then spool + parse + validate + stage, then apply in one transaction)\n');
  console.table(results.map((r) => ({
    rows: r.rows.toLocaleString('en'), db: r.driver, 'file MB': r.fileMb, 'stage s': r.stageSeconds, 'apply s': r.applySeconds,
    'rows/s': r.rowsPerSecond.toLocaleString('en'), 'peak RSS MB': r.peakRssMb, 'peak heap MB': r.peakHeapMb,
  })));
  await mkdir(join(root, 'bench/results'), { recursive: true });
  const file = join(root, `bench/results/import${values.postgres ? '-postgres' : ''}.json`);
  await writeFile(file, JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
  console.log(`written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
