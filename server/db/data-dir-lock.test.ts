import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a folder another live process holds, in Indonesian, naming the PID', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await writeFile(join(dir, 'server.pid'), String(other.pid));
      const attempt = lockDataDir(dir);
      await expect(attempt).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(attempt).rejects.toThrow(`PID ${other.pid}`);
      await expect(attempt).rejects.toThrow(/sedang dipakai/);
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock and releases it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lock-'));
    await writeFile(join(dir, 'server.pid'), '999999999');
    const release = await lockDataDir(dir);
    expect(await readFile(join(dir, 'server.pid'), 'utf8')).toBe(String(process.pid));
    await release();
    await expect(readFile(join(dir, 'server.pid'), 'utf8')).rejects.toThrow();
  });
});
