import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import type { Store } from '../../store/store';
import { Database } from '../data/database';
import { openServiceNowData } from '../data/namespace';
import { sessionTimeoutMs } from '../data/properties';
import { readCookie } from '../../http/cookies';
import { VerifiedCredentials } from './passwords';
import { activeUser, userByName } from './users';

export const SESSION_COOKIE = 'glide_session_store';

/** Session tokens are kept as their SHA-256 only: the data file never holds a usable token. */
const tokenKey = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Starts a session for the local page: the page sets `glide_session_store=<token>` and
 * its requests then pass without an Authorization header, as a browser logged in to an
 * instance does.
 */
export function createSession(store: Store, userName: string): string {
  const namespace = openServiceNowData(store);
  if (!activeUser(new Database(namespace.data), userName)) throw new Error(`no active ServiceNow user ${userName}`);
  const token = randomBytes(24).toString('hex');
  const key = tokenKey(token);
  namespace.data.sessions[key] = userName;
  (namespace.data.sessionStarts ??= {})[key] = Date.now();
  namespace.save().catch((error) => console.error('[servicenow] could not store a session:', error));
  return token;
}

const verified = new VerifiedCredentials();

/** The user_name a request is authenticated as (Basic auth, else the session cookie), or undefined. */
export async function authenticate(req: Request, db: Database): Promise<string | undefined> {
  const header = req.headers.authorization ?? '';
  if (/^basic /i.test(header)) return basicUser(header.slice(6).trim(), db);
  const token = readCookie(req, SESSION_COOKIE);
  const key = token ? tokenKey(token) : undefined;
  const userName = key && liveSession(db, key) ? db.data.sessions[key] : undefined;
  return userName && activeUser(db, userName) ? userName : undefined;
}

/** When each session was last used; kept in memory so that reads never rewrite the data file. */
const lastUse = new Map<string, number>();

/**
 * A session lives while it is used: one left unused longer than `glide.ui.session_timeout`
 * ends, as on an instance, and is dropped. Each request restarts its clock.
 */
function liveSession(db: Database, key: string): boolean {
  if (!Object.hasOwn(db.data.sessions, key)) return false;
  const now = Date.now();
  const since = lastUse.get(key) ?? db.data.sessionStarts?.[key];
  if (since === undefined || now - since > sessionTimeoutMs(db)) {
    delete db.data.sessions[key];
    if (db.data.sessionStarts) delete db.data.sessionStarts[key];
    lastUse.delete(key);
    return false;
  }
  lastUse.set(key, now);
  return true;
}

async function basicUser(encoded: string, db: Database): Promise<string | undefined> {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const userName = decoded.slice(0, colon);
  const user = userByName(db, userName);
  // An unknown user still costs one key derivation (verifyPassword's decoy), as a known one does.
  if (!(await verified.check(userName, decoded.slice(colon + 1), user?.user_password))) return undefined;
  return user?.active === 'true' ? userName : undefined;
}
