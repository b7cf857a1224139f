import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * NIK and NIP become keyed hashes (HMAC-SHA-256) the moment they are read: equal inputs give equal keys,
 * so a worker registered twice is counted once, but without the secret the keys cannot be reversed by
 * hashing every possible NIK.
 */
export type Pseudonymize = (personalId: string) => string;

export function createPseudonymizer(secret: string): Pseudonymize {
  return (personalId) => createHmac('sha256', secret).update(personalId.trim()).digest('base64url');
}

/** The secret from configuration, or one created on first start and kept beside the data (mode 0600). */
export async function loadPseudonymKey(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, 'pseudonym.key');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const created = randomBytes(32).toString('base64url');
  await writeFile(file, `${created}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}
