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
});
