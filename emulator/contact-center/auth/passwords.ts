import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';

/** scrypt on libuv's thread pool: a sign-in never blocks the event loop (finding 1). */
const scryptAsync = (password: BinaryLike, salt: BinaryLike, length: number) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, length, (error, key) => (error ? reject(error) : resolve(key))));

/** Passwords are kept as salted scrypt hashes, never in clear. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  return `scrypt:${salt}:${(await scryptAsync(password, salt, 32)).toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = await scryptAsync(password, salt, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash no password matches in practice, checked when the username is unknown so that an
 * unknown user takes as long as a known one (finding 6: no username probing by timing).
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));
