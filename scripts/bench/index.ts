/**
 * `npm run bench [-- --only bundle,lighthouse,api,import,coldstart,load] [--sizes 10000,100000]
 *   [--drivers pglite,postgres] [--pglite-sizes 10000,100000,1000000] [--import-sizes 10000,100000,1000000]
 *   [--seconds 5] [--lighthouse-runs 5] [--out bench.json] [--merge a.json,b.json] [--load-base 100000] [--load-import 100000] [--build]`
 *
 * Measures speed and scale (issue 7) and prints ONE table, each figure marked against its target; writes it as
 * JSON to bench/results/bench.json (with the options it ran with: a partial run writes a partial table).
 * Defaults: every part; sizes 10k, 100k, 1M and 5M (the import stops at 1M); both drivers when DATABASE_URL is
 * set, else PGlite only. Seeded datasets are cached in bench/.cache (PGlite) and databases bench_<size>
 * (PostgreSQL); the build must be there (`npm run build`, or pass --build).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApi } from './api';
import { benchBundle } from './bundle';
import { benchColdStart } from './coldstart';
import { ensureBuild, log, RESULTS_DIR, root, type Driver, type Row } from './common';
import { benchImport } from './import';
import { benchLighthouse } from './lighthouse';
import { benchLoad } from './load';

const PARTS = ['bundle', 'lighthouse', 'api', 'import', 'coldstart', 'load'] as const;
type Part = (typeof PARTS)[number];

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [r.part, r.what, r.where, r.figure, r.target ?? '', r.pass === true ? 'ok' : r.pass === false ? 'MISS' : '']);
  const head = ['part', 'measure', 'where', 'figure', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', default: PARTS.join(',') },
      sizes: { type: 'string', default: '10000,100000,1000000,5000000' },
      drivers: { type: 'string' },
      seconds: { type: 'string', default: '5' },
      'lighthouse-runs': { type: 'string', default: '5' },
      'load-base': { type: 'string', default: '100000' },
      'load-import': { type: 'string', default: '100000' },
      build: { type: 'boolean', default: false },
      // Narrower lists for the slow parts: PGlite seeding at 5M takes over half an hour on 2 cores.
      'pglite-sizes': { type: 'string' },
      'import-sizes': { type: 'string', default: '10000,100000,1000000' },
      // Parts run separately (e.g. a long PostgreSQL 5M run) each keep their own file; --merge joins them.
      out: { type: 'string', default: 'bench.json' },
      merge: { type: 'string' },
    },
  });
  if (values.merge) return mergeResults(list(values.merge), values.out!);
  const only = list(values.only!) as Part[];
  for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (parts: ${PARTS.join(', ')})`);
  const sizeList = (flag: string, value: string) => {
    const ns = list(value).map(Number);
    if (ns.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${flag}: whole numbers, e.g. 10000,100000`);
    return ns;
  };
  const sizes = sizeList('sizes', values.sizes!);
  const pgliteSizes = values['pglite-sizes'] ? sizeList('pglite-sizes', values['pglite-sizes']) : sizes;
  const importSizes = sizeList('import-sizes', values['import-sizes']!);
  // Without DATABASE_URL the default runs PGlite only; asking for postgres explicitly then is an error.
  const drivers = list(values.drivers ?? (process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite')) as Driver[];
  if (!values.drivers && !process.env.DATABASE_URL) log('DATABASE_URL is not set: PGlite only');
  for (const d of drivers) if (d !== 'pglite' && d !== 'postgres') throw new Error(`--drivers: pglite and/or postgres, not "${d}"`);
  if (drivers.includes('postgres') && !process.env.DATABASE_URL) {
    throw new Error('--drivers postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench');
  }
  if (values.build) {
    log('npm run build');
    const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the build failed');
  }
  ensureBuild();

  const started = performance.now();
  const rows: Row[] = [];
  const failures: string[] = [];
  const run = async (part: Part, fn: () => Promise<Row[]>) => {
    if (!only.includes(part)) return;
    const t = performance.now();
    try {
      rows.push(...(await fn()));
    } catch (error) {
      // One part failing does not lose the others' figures.
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${part}: ${message}`);
      rows.push({ part, what: 'FAILED', where: '', figure: message.split('\n')[0]!.slice(0, 160), pass: false });
    }
    log(`${part} done in ${Math.round((performance.now() - t) / 1000)} s`);
  };
  await run('bundle', () => benchBundle());
  await run('lighthouse', () => benchLighthouse(Number(values['lighthouse-runs'])));
  await run('coldstart', () => benchColdStart(drivers));
  await run('import', () => benchImport(drivers, importSizes));
  await run('api', async () => [
    ...(drivers.includes('pglite') ? await benchApi(['pglite'], pgliteSizes, Number(values.seconds)) : []),
    ...(drivers.includes('postgres') ? await benchApi(['postgres'], sizes, Number(values.seconds)) : []),
  ]);
  await run('load', () => benchLoad(drivers, Number(values['load-base']), Number(values['load-import'])));

  console.log(`\nPantau Peduli benchmark (issue 7), ${new Date().toISOString()}, node ${process.version}\n`);
  printTable(rows);
  const missed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.filter((r) => r.pass === true).length} figures meet their target, ${missed} miss.`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const body = JSON.stringify(
    { measuredAt: new Date().toISOString(), node: process.version, options: values, seconds: Math.round((performance.now() - started) / 1000), rows, failures },
    null,
    2,
  ) + '\n';
  await writeFile(join(RESULTS_DIR, values.out!), body);
  console.log(`written: bench/results/${values.out}`);
  for (const f of failures) console.error(`\n[bench] ${f}`);
  if (failures.length > 0) process.exitCode = 1;
}

/** Joins partial runs' files (in bench/results) into one table and file, in the order given. */
async function mergeResults(files: string[], out: string): Promise<void> {
  const parts = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(RESULTS_DIR, f), 'utf8')) as { measuredAt: string; node: string; options: unknown; seconds: number; rows: Row[]; failures: string[] }));
  const rows = parts.flatMap((p) => p.rows);
  console.log(`\nPantau Peduli benchmark (issue 7), merged from ${files.join(', ')}\n`);
  printTable(rows);
  const missed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.filter((r) => r.pass === true).length} figures meet their target, ${missed} miss.`);
  const body = { measuredAt: parts.map((p) => p.measuredAt).sort().at(-1), node: parts[0]?.node, runs: parts.map((p, i) => ({ file: files[i], measuredAt: p.measuredAt, options: p.options, seconds: p.seconds })), rows, failures: parts.flatMap((p) => p.failures) };
  await writeFile(join(RESULTS_DIR, out), JSON.stringify(body, null, 2) + '\n');
  console.log(`written: bench/results/${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
