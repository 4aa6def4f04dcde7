import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Client secrets are stored as a salted SHA-256 and compared in constant time. A fast hash
 * fits here: client secrets are long random values, not passwords people choose.
 */
export function hashSecret(secret: string, salt = randomBytes(16).toString('base64url')): { salt: string; hash: string } {
  return { salt, hash: createHash('sha256').update(`${salt}:${secret}`).digest('base64url') };
}

export function secretMatches(secret: string, salt: string, hash: string): boolean {
  const actual = Buffer.from(hashSecret(secret, salt).hash);
  const expected = Buffer.from(hash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
