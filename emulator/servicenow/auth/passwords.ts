import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * sys_user.user_password is a one-way hashed (password2) field. Here it holds
 * `scrypt$<salt>$<hash>`; hashing runs on libuv's thread pool (async scrypt), never on
 * the event loop, so a burst of sign-ins cannot stall other requests.
 */
const KEY_LENGTH = 32;
const OPTIONS: ScryptOptions = { N: 8_192, r: 8, p: 1, maxmem: 32 * 1024 * 1024 };
const PREFIX = 'scrypt$';

/**
 * One derivation at a time: scrypt is CPU- and memory-bound, and a burst of wrong
 * passwords on every pool thread would starve the event loop of CPU on a small machine.
 */
let queue: Promise<unknown> = Promise.resolve();

function derive(password: string, salt: Buffer): Promise<Buffer> {
  const next = queue.then(() => new Promise<Buffer>((resolve, reject) => scrypt(password, salt, KEY_LENGTH, OPTIONS, (error, key) => (error ? reject(error) : resolve(key)))));
  queue = next.catch(() => undefined);
  return next;
}

export const isPasswordHash = (value: string): boolean => value.startsWith(PREFIX) && value.split('$').length === 3;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `${PREFIX}${salt.toString('base64')}$${(await derive(password, salt)).toString('base64')}`;
}

/** A stored hash for unknown users, so a wrong user name costs the same as a wrong password. */
const DECOY = { salt: randomBytes(16), hash: randomBytes(KEY_LENGTH) };

/** Whether `password` matches `stored` (a hash from hashPassword); always derives a key, compares in constant time. */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  const parts = stored && isPasswordHash(stored) ? stored.split('$') : undefined;
  const salt = parts ? Buffer.from(parts[1], 'base64') : DECOY.salt;
  const expected = parts ? Buffer.from(parts[2], 'base64') : DECOY.hash;
  const actual = await derive(password, salt);
  return parts !== undefined && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Basic auth sends the password on every request; deriving a key each time would cost
 * tens of milliseconds of CPU per call. The outcome for a (user, password, stored hash)
 * triple is remembered under an HMAC with a per-process key, so the clear password is
 * never kept, a changed password (a new stored hash) misses, and repeating the same wrong
 * password costs nothing more. Requests that arrive together with the same credentials
 * share one derivation: a client's first burst (the IVR searches several tables at once)
 * otherwise queued one derivation per request and outlasted the IVR's time budget.
 */
export class VerifiedCredentials {
  private readonly key = randomBytes(32);
  private readonly outcomes = new Map<string, Promise<boolean>>();

  constructor(private readonly capacity = 1_000) {}

  check(userName: string, password: string, stored: string | undefined): Promise<boolean> {
    const fingerprint = createHmac('sha256', this.key).update(userName).update('\0').update(password).update('\0').update(stored ?? '').digest('base64');
    const known = this.outcomes.get(fingerprint);
    if (known !== undefined) return known;
    const outcome = verifyPassword(stored, password);
    if (this.outcomes.size >= this.capacity) this.outcomes.delete(this.outcomes.keys().next().value!);
    this.outcomes.set(fingerprint, outcome);
    // A failed derivation (not a wrong password) is not an answer to remember.
    outcome.catch(() => this.outcomes.delete(fingerprint));
    return outcome;
  }
}
