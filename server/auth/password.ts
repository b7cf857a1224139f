import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored as scrypt hashes in a self-describing string, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`
 * (base64 without padding), so the cost can be raised later: old hashes still verify with their own
 * parameters and are re-hashed at the next sign-in (see needsRehash).
 */
export interface ScryptParams {
  /** log2 of N, the CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** N = 2^15, r = 8: 32 MiB and roughly 50-100 ms per hash on a server core. */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function scrypt(password: string, salt: Buffer, length: number, { ln, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** ln;
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

export function parseHash(encoded: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = FORMAT.exec(encoded);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 1 || params.ln > 24 || params.r < 1 || params.p < 1) return null;
  return { params, salt: Buffer.from(m[4]!, 'base64'), key: Buffer.from(m[5]!, 'base64') };
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * True when `password` matches `encoded`. With `encoded` null (no such user) it still spends the time of
 * a real check, against a throwaway hash at `dummyParams` (the cost real hashes have), so an unknown name
 * and a wrong password cannot be told apart.
 */
export async function verifyPassword(password: string, encoded: string | null, dummyParams: ScryptParams = DEFAULT_SCRYPT): Promise<boolean> {
  const parsed = encoded === null ? null : parseHash(encoded);
  if (!parsed) {
    const id = `${dummyParams.ln},${dummyParams.r},${dummyParams.p}`;
    if (!dummyHashes.has(id)) dummyHashes.set(id, hashPassword('pantau-peduli-no-such-user', dummyParams));
    const dummy = parseHash(await dummyHashes.get(id)!)!;
    await scrypt(password, dummy.salt, dummy.key.length, dummy.params);
    return false;
  }
  const key = await scrypt(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash is weaker than the parameters new hashes get. */
export function needsRehash(encoded: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parseHash(encoded);
  return !parsed || parsed.params.ln < params.ln || parsed.params.r < params.r || parsed.params.p < params.p;
}
