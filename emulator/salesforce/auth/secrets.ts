import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';

/**
 * Passwords and client secrets are kept as scrypt hashes and compared in constant time
 * (issue 23: no plain secrets in the data file, no `!==` on secrets). scrypt runs on
 * libuv's thread pool, so a burst of sign-ins never blocks the event loop.
 */
const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

const derive = (secret: BinaryLike, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) => scrypt(secret, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key))));

/** `scrypt$<salt>$<hash>`, both base64url. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return `${PREFIX}$${salt.toString('base64url')}$${(await derive(secret, salt)).toString('base64url')}`;
}

/** Any hash at all, so that an unknown user costs the same scrypt run as a known one. */
const DECOY = hashSecret(randomBytes(16).toString('hex'));

export const isHashed = (stored: string) => stored.startsWith(`${PREFIX}$`);

/**
 * Whether `candidate` matches the stored hash; `undefined` (no such user or client) still
 * derives a key against a decoy, so the answer takes as long either way.
 */
export async function verifySecret(candidate: string, stored: string | undefined): Promise<boolean> {
  const [, saltText, hashText] = (stored !== undefined && isHashed(stored) ? stored : await DECOY).split('$');
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await derive(candidate, Buffer.from(saltText, 'base64url'));
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(expected, actual);
}
