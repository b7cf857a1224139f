/**
 * Lighthouse 12 (its CLI, in a child process) against Debian's Chromium, default mobile throttling, on the real
 * server with the demo campaign: the overview `/`, a snapshot page `/s/<token>` (created through the API by a
 * signed-in admin) and meeting mode `/rapat`. The median run of `runs` by performance score.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addAdmin, adminHeaders, log, root, runNode, signIn, startServer, type Row } from './common';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface LhScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

async function lighthouse(url: string, out: string): Promise<LhScores> {
  await runNode(
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--quiet',
    ],
    { CHROME_PATH: CHROMIUM },
  );
  const lhr = JSON.parse(await readFile(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

export async function benchLighthouse(runs: number): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const rows: Row[] = [];
  try {
    await addAdmin({ kind: 'pglite', dataDir });
    const server = await startServer({ kind: 'pglite', dataDir });
    try {
      const session = await signIn(server.url);
      const res = await fetch(`${server.url}/api/snapshots`, {
        method: 'POST',
        headers: adminHeaders(server.url, session, { 'content-type': 'application/json' }),
        body: JSON.stringify({ title: 'Capaian kampanye (bench)', view: { path: '/', params: {} } }),
      });
      if (!res.ok) throw new Error(`creating a snapshot: HTTP ${res.status} ${await res.text()}`);
      const snapshot = (await res.json()) as { url: string };
      const pages: { path: string; label: string; perf?: number; a11y?: number }[] = [
        { path: '/', label: 'overview /', perf: 95, a11y: 100 },
        { path: snapshot.url, label: 'snapshot /s/<token>', perf: 100, a11y: 100 },
        { path: '/rapat', label: 'meeting mode /rapat' },
      ];
      for (const page of pages) {
        const results: LhScores[] = [];
        for (let i = 0; i < runs; i++) {
          log(`Lighthouse ${page.label}, run ${i + 1} of ${runs}`);
          results.push(await lighthouse(server.url + page.path, join(dataDir, 'lh.json')));
        }
        results.sort((a, b) => a.performance - b.performance);
        const r = results[Math.floor(results.length / 2)]!;
        const checks: string[] = [];
        let pass: boolean | null = null;
        if (page.perf !== undefined) {
          checks.push(`perf >= ${page.perf}`);
          pass = r.performance >= page.perf;
        }
        if (page.a11y !== undefined) {
          checks.push(`a11y ${page.a11y}`);
          pass = (pass ?? true) && r.accessibility >= page.a11y;
        }
        rows.push({
          part: 'lighthouse',
          what: page.label,
          where: `mobile, median of ${runs}`,
          figure: `perf ${r.performance}, a11y ${r.accessibility}, best pr. ${r.bestPractices}; LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${Math.round(r.cls * 1000) / 1000}`,
          ...(checks.length ? { target: checks.join(', ') } : {}),
          pass,
          data: { page: page.label, runs: results, median: r },
        });
      }
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}
