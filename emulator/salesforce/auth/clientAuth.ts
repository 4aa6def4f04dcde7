import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { ConnectedApp } from './connectedApps';
import { verifySecret } from './secrets';

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded; undecodable ones name no client. */
function decoded(value: string | undefined): string | undefined {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return undefined;
  }
}

/** The client's id and secret from Basic auth or the form; undefined when Basic auth cannot be decoded. */
export function clientCredentials(req: Request): { clientId?: string; clientSecret?: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (basic) {
    const [clientId, clientSecret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':').map(decoded);
    return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret };
  }
  const form = (req.body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { clientId: text(form.client_id), clientSecret: text(form.client_secret) };
}

/**
 * Whether the given secret is the app's. The first match runs scrypt; after that the secret's
 * SHA-256 is remembered in memory and compared in constant time, so a client pays the key
 * derivation once, while every wrong guess still pays it in full. Token requests that arrive
 * together with the same secret share the derivation in progress.
 */
const verified = new WeakMap<ConnectedApp, Buffer>();
const checking = new WeakMap<ConnectedApp, { digest: Buffer; matches: Promise<boolean> }>();

export async function secretMatches(app: ConnectedApp, secret: string | undefined): Promise<boolean> {
  if (secret === undefined) return false;
  const digest = createHash('sha256').update(secret).digest();
  const known = verified.get(app);
  if (known && timingSafeEqual(known, digest)) return true;
  const pending = checking.get(app);
  if (pending && timingSafeEqual(pending.digest, digest)) return pending.matches;
  const matches = (async () => verifySecret(secret, await app.secretHash))();
  checking.set(app, { digest, matches });
  try {
    if (await matches) verified.set(app, digest);
    return await matches;
  } finally {
    if (checking.get(app)?.matches === matches) checking.delete(app);
  }
}
