import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class DataDirBusyError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `Folder data ${dir} sedang dipakai oleh proses lain (PID ${pid}). ` +
        `PGlite tidak boleh dibuka dua proses sekaligus: hentikan proses itu dulu. ` +
        `(The data folder is in use by process ${pid}.)`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite corrupts a folder that two processes open at once, and has no lock of its own.
 * A pid file claims the folder; a stale one (its process gone) is taken over.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'server.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirBusyError(dir, pid);
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
