import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Store } from '../../store/store';
import type { ServiceNowData } from '../data/database';
import { openServiceNowData } from '../data/namespace';
import { readCookie } from '../../http/cookies';

export const SESSION_COOKIE = 'glide_session_store';

/**
 * Starts a session for the local page: the page sets `glide_session_store=<token>` and
 * its requests then pass without an Authorization header, as a browser logged in to an
 * instance does.
 */
export function createSession(store: Store, userName: string): string {
  const namespace = openServiceNowData(store);
  if (!activeUser(namespace.data, userName)) throw new Error(`no active ServiceNow user ${userName}`);
  const token = randomBytes(24).toString('hex');
  namespace.data.sessions[token] = userName;
  namespace.save().catch((error) => console.error('[servicenow] could not store a session:', error));
  return token;
}

/** The user_name a request is authenticated as (Basic auth, else the session cookie), or undefined. */
export function authenticate(req: Request, data: ServiceNowData): string | undefined {
  const header = req.headers.authorization ?? '';
  if (/^basic /i.test(header)) return basicUser(header.slice(6).trim(), data);
  const token = readCookie(req, SESSION_COOKIE);
  const userName = token && Object.hasOwn(data.sessions, token) ? data.sessions[token] : undefined;
  return userName && activeUser(data, userName) ? userName : undefined;
}

function basicUser(encoded: string, data: ServiceNowData): string | undefined {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const userName = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  const expected = Object.hasOwn(data.credentials, userName) ? data.credentials[userName] : undefined;
  if (expected === undefined || !sameText(expected, password)) return undefined;
  return activeUser(data, userName) ? userName : undefined;
}

function activeUser(data: ServiceNowData, userName: string): boolean {
  return Object.values(data.tables.sys_user ?? {}).some((user) => user.user_name === userName && user.active === 'true');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
