import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** What index.html makes the browser load before any route code: its scripts, styles, modulepreloads and their static imports. */
async function firstDownload(): Promise<string[]> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const text = await readFile(join(dist, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]}`);
  }
  return [...seen];
}

describe('the production build', () => {
  it('exists (npm test builds it first)', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('ships no MSW code and no mockServiceWorker.js', async () => {
    const files = await filesUnder(dist);
    expect(files.some((f) => f.endsWith('mockServiceWorker.js'))).toBe(false);
    for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
      const text = await readFile(file, 'utf8');
      for (const marker of ['mockServiceWorker', 'setupWorker', '[MSW]']) {
        expect(text.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    }
  });

  it('paints the headline without chart code or zod: the chart kit and the contract schemas load as their own chunks', async () => {
    const files = await firstDownload();
    expect(files.some((f) => /^assets\/index-[^/]+\.js$/.test(f))).toBe(true);
    const all = (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js'));
    // The markers exist in the build (else this test could not fail) ...
    const texts = await Promise.all(all.map((f) => readFile(join(dist, 'assets', f), 'utf8')));
    expect(texts.some((t) => t.includes('chart-surface'))).toBe(true);
    expect(texts.some((t) => t.includes('$ZodError'))).toBe(true);
    // ... but not in what the first paint waits for.
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const text = await readFile(join(dist, file), 'utf8');
      expect(text.includes('chart-surface'), `${file} carries the chart kit`).toBe(false);
      expect(text.includes('$ZodError'), `${file} carries zod`).toBe(false);
      expect(text.includes('mockServiceWorker'), `${file} carries MSW`).toBe(false);
    }
  });
});
