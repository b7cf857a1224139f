/** Front-end bytes per route: runs scripts/bench-bundle.ts (which reads dist/) and turns its JSON into rows. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RESULTS_DIR, runNode, type Row } from './common';

interface Size {
  raw: number;
  gzip: number;
}
interface BundleResult {
  route: string;
  initial: Size;
  route_: Size;
  firstView: Size;
  whole: Size;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;

export async function benchBundle(): Promise<Row[]> {
  await runNode(['--import', 'tsx', 'scripts/bench-bundle.ts']);
  const { results } = JSON.parse(await readFile(join(RESULTS_DIR, 'bundle.json'), 'utf8')) as { results: BundleResult[] };
  const rows: Row[] = [];
  const initial = results[0]!.initial;
  rows.push({
    part: 'front end',
    what: 'initial JS+CSS (index.html, every route)',
    where: 'dist/',
    figure: `${kb(initial.gzip)} KB gzip (${kb(initial.raw)} KB raw)`,
    target: '<= 100 KB gzip',
    pass: initial.gzip <= 100 * 1024,
    data: initial,
  });
  for (const r of results) {
    rows.push({
      part: 'front end',
      what: `first view ${r.route}`,
      where: 'dist/',
      figure: `${kb(r.firstView.gzip)} KB gzip (${kb(r.firstView.raw)} KB raw); whole page ${kb(r.whole.gzip)} KB gzip`,
      ...(r.route === '/' ? { target: 'whole overview <= 220 KB gzip', pass: r.whole.gzip <= 220 * 1024 } : { pass: null }),
      data: r,
    });
  }
  return rows;
}
