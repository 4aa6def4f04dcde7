import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * How the emulated account keeps its secrets: API and OAuth tokens as SHA-256 digests (they
 * are long random strings, so a fast digest is enough), passwords as salted scrypt hashes
 * computed off the event loop, and every comparison in constant time.
 */
const TOKEN_PREFIX = 'sha256:';
const PASSWORD_PREFIX = 'scrypt:';
const KEY_LENGTH = 32;

export function digestToken(token: string): string {
  return `${TOKEN_PREFIX}${createHash('sha256').update(token, 'utf8').digest('hex')}`;
}

export function isTokenDigest(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length === TOKEN_PREFIX.length + 64;
}

/** Where the token's digest sits among the stored ones (-1 when absent); every entry is compared, with no early exit. */
export function indexOfDigest(token: string, digests: readonly string[]): number {
  const wanted = Buffer.from(digestToken(token));
  let found = -1;
  digests.forEach((digest, index) => {
    const stored = Buffer.from(digest);
    if (stored.length === wanted.length && timingSafeEqual(stored, wanted) && found < 0) found = index;
  });
  return found;
}

/**
 * scrypt runs on libuv's thread pool, off the event loop; one at a time, so that a flood of
 * wrong passwords queues up behind itself instead of taking every core from the server.
 */
let queue: Promise<unknown> = Promise.resolve();

function scryptAsync(password: string, salt: string): Promise<Buffer> {
  const run = () => new Promise<Buffer>((resolve, reject) => scrypt(password, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key))));
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  return `${PASSWORD_PREFIX}${salt}:${(await scryptAsync(password, salt)).toString('hex')}`;
}

export function isPasswordHash(value: string): boolean {
  return value.startsWith(PASSWORD_PREFIX);
}

/** A hash no password matches: unknown users cost the same scrypt as known ones. */
const DECOY = `${PASSWORD_PREFIX}${'0'.repeat(32)}:${'0'.repeat(KEY_LENGTH * 2)}`;

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const [, salt = '', hash = ''] = (stored ?? DECOY).split(':');
  const expected = Buffer.from(hash, 'hex');
  const actual = await scryptAsync(password, salt);
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(actual, expected);
}
