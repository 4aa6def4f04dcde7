import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh unguessable token (192 bits). */
export const newToken = () => randomBytes(24).toString('base64url');

/** What the store keeps of a token: its sha256, so the data file signs no one in. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Compares two secrets in constant time, whatever their lengths (finding 6). */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
