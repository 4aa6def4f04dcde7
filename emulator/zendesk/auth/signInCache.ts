import { createHmac, randomBytes } from 'node:crypto';

/**
 * Basic auth sends the password with every request; running scrypt on each would tie up
 * the thread pool for a client that is already known. A successful check is remembered for
 * a few minutes under a keyed digest of the credentials (never the password itself), so a
 * changed password or a wrong one still goes through scrypt.
 */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 1000;

export interface SignInCache {
  get(email: string, password: string, now: number): number | undefined;
  set(email: string, password: string, userId: number, now: number): void;
}

export function createSignInCache(): SignInCache {
  const key = randomBytes(32);
  const entries = new Map<string, { userId: number; until: number }>();
  const id = (email: string, password: string) => createHmac('sha256', key).update(`${email}\0${password}`).digest('base64');
  return {
    get(email, password, now) {
      const entry = entries.get(id(email, password));
      return entry && entry.until > now ? entry.userId : undefined;
    },
    set(email, password, userId, now) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(id(email, password), { userId, until: now + TTL_MS });
    },
  };
}
