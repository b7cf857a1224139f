import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ImportFileError } from './import-error';

export interface Spooled {
  path: string;
  hash: string;
  bytes: number;
  /** The first bytes, to tell an .xlsx (a zip) from text. */
  head: Uint8Array;
  remove(): Promise<void>;
}

/** Copies an upload to a private temp file, hashing and counting as it goes; over the cap it stops at once. */
export async function spool(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Spooled> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-import-'));
  const path = join(dir, 'upload');
  const remove = () => rm(dir, { recursive: true, force: true });
  const out = createWriteStream(path, { mode: 0o600 });
  const hash = createHash('sha256');
  let bytes = 0;
  let head = new Uint8Array(0);
  try {
    for await (const chunk of source) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) {
        throw new ImportFileError(`Berkas terlalu besar: lebih dari ${Math.floor(maxBytes / 1_048_576)} MB. Pecah rekap menjadi beberapa berkas.`);
      }
      if (head.length < 8) head = Uint8Array.from([...head, ...chunk.subarray(0, 8 - head.length)]);
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    await remove();
    throw error;
  }
  if (bytes === 0) {
    await remove();
    throw new ImportFileError('Berkas kosong.');
  }
  return { path, hash: hash.digest('hex'), bytes, head, remove };
}

export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
