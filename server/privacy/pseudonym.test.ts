import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer, loadPseudonymKey } from './pseudonym';

describe('pseudonymisation', () => {
  it('gives equal keys for equal ids, different keys for different ids or secrets, and never the id itself', () => {
    const a = createPseudonymizer('a'.repeat(32));
    const b = createPseudonymizer('b'.repeat(32));
    const nik = '3310015708790002';
    expect(a(nik)).toBe(a(` ${nik} `));
    expect(a(nik)).not.toBe(a('3310015708790003'));
    expect(a(nik)).not.toBe(b(nik));
    expect(a(nik)).not.toContain(nik);
  });

  it('creates a secret on first start, keeps it private, and reuses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'key-'));
    try {
      const first = await loadPseudonymKey(undefined, dir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect((await stat(join(dir, 'pseudonym.key'))).mode & 0o777).toBe(0o600);
      expect(await loadPseudonymKey(undefined, dir)).toBe(first);
      expect((await readFile(join(dir, 'pseudonym.key'), 'utf8')).trim()).toBe(first);
      expect(await loadPseudonymKey('c'.repeat(40), dir)).toBe('c'.repeat(40));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
