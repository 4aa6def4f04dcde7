import { describe, expect, it } from 'vitest';
import { digestToken, hashPassword, indexOfDigest, isPasswordHash, isTokenDigest, verifyPassword } from './secrets';

describe('stored secrets', () => {
  it('keeps tokens as digests and finds them among others', () => {
    const digests = ['first-token', 'emulator-token', 'third'].map(digestToken);
    expect(digests.every(isTokenDigest)).toBe(true);
    expect(digests.join()).not.toContain('emulator-token');
    expect(indexOfDigest('emulator-token', digests)).toBe(1);
    expect(indexOfDigest('emulator-tokem', digests)).toBe(-1);
    expect(indexOfDigest('', [])).toBe(-1);
  });

  it('hashes passwords with a salt and checks them', async () => {
    const [a, b] = [await hashPassword('Winter-2026!'), await hashPassword('Winter-2026!')];
    expect(isPasswordHash(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Winter');
    expect(await verifyPassword('Winter-2026!', a)).toBe(true);
    expect(await verifyPassword('winter-2026!', a)).toBe(false);
    expect(await verifyPassword('Winter-2026!', undefined)).toBe(false);
    expect(await verifyPassword('Winter-2026!', 'scrypt:bad')).toBe(false);
  });
});
