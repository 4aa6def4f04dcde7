import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { ContactCenterData } from '../data';
import { sendError } from '../http/respond';

export type PushSourceId = `push-${string}`;

/** A system allowed to push users and tickets; only a hash of its key is kept. */
export interface PushSourceRecord {
  id: PushSourceId;
  name: string;
  keyHash: string;
  /** The key's last characters, so an admin can tell keys apart without seeing them. */
  keyHint: string;
  createdAt: string;
  lastPushAt?: string;
}

export const API_KEY_HEADER = 'x-api-key';

const digest = (key: string) => createHash('sha256').update(key).digest();

export const pushSources = (data: ContactCenterData) => (data.pushSources ??= {});

/** A new random key (192 bits): shown once to the admin, stored as its SHA-256. */
export function issueKey(source: Pick<PushSourceRecord, 'keyHash' | 'keyHint'>): string {
  const key = `cck_${randomBytes(24).toString('base64url')}`;
  source.keyHash = digest(key).toString('hex');
  source.keyHint = `…${key.slice(-4)}`;
  return key;
}

/** The source whose key this is; every stored hash is compared in constant time. */
export function sourceOfKey(data: ContactCenterData, key: string | undefined): PushSourceRecord | undefined {
  if (!key) return undefined;
  const sent = digest(key);
  let found: PushSourceRecord | undefined;
  for (const source of Object.values(pushSources(data))) {
    if (timingSafeEqual(sent, Buffer.from(source.keyHash, 'hex'))) found = source;
  }
  return found;
}

/** What the API shows of a source: never its key hash. */
export const publicSource = ({ keyHash: _hidden, ...source }: PushSourceRecord) => source;

/** The push route's gate: the `X-API-Key` of a registered source, else 401 as every other route answers. */
export function requireSourceKey(data: () => ContactCenterData): RequestHandler {
  return (req, res, next) => {
    const source = sourceOfKey(data(), req.get(API_KEY_HEADER));
    if (!source) return sendError(res, 401, 'unauthorized', { message: 'Send the push source’s API key in the X-API-Key header.' });
    res.locals.pushSource = source;
    next();
  };
}
