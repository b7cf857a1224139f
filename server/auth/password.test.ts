import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, needsRehash, parseHash, verifyPassword } from './password';

const CHEAP = { ln: 10, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('kata sandi yang benar', CHEAP);
    expect(await verifyPassword('kata sandi yang benar', hash)).toBe(true);
    expect(await verifyPassword('kata sandi yang salah', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash: the same password twice gives two different strings, both valid', async () => {
    const a = await hashPassword('sama persis 123', CHEAP);
    const b = await hashPassword('sama persis 123', CHEAP);
    expect(a).not.toBe(b);
    expect(parseHash(a)!.salt.equals(parseHash(b)!.salt)).toBe(false);
    expect(await verifyPassword('sama persis 123', a)).toBe(true);
    expect(await verifyPassword('sama persis 123', b)).toBe(true);
  });

  it('encodes its parameters, a 16-byte salt and a 32-byte key, and defaults to N = 2^15, r = 8, p = 1', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ ln: 15, r: 8, p: 1 });
    const hash = await hashPassword('parameter tercatat');
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    const parsed = parseHash(hash)!;
    expect(parsed.params).toEqual({ ln: 15, r: 8, p: 1 });
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.key).toHaveLength(32);
  });

  it('keeps verifying old hashes after the cost is raised, and says they need re-hashing', async () => {
    const old = await hashPassword('biaya lama 12345', CHEAP);
    expect(await verifyPassword('biaya lama 12345', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, CHEAP)).toBe(false);
    expect(needsRehash('not a hash')).toBe(true);
  });

  it('refuses an unknown user (null) or a damaged hash, after the same work as a real check', async () => {
    expect(await verifyPassword('apa saja 12345', null, CHEAP)).toBe(false);
    expect(await verifyPassword('apa saja 12345', '$scrypt$ln=15,r=8$x$y', CHEAP)).toBe(false);
  });
});
