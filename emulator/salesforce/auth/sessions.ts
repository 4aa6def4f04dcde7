import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { readCookie } from '../../http/cookies';
import type { Store } from '../../store/store';
import { entry, openSalesforceData, type StoredSession } from '../records/data';
import { sfDateTime } from '../records/fieldValue';

export interface Session extends StoredSession {
  sessionId: string;
}

/**
 * When each session was last used, kept in memory so that a read never rewrites the data
 * file; after a restart the clock counts from the session's issue time.
 */
const lastUse = new WeakMap<Store, Map<string, number>>();
function usesOf(store: Store): Map<string, number> {
  let uses = lastUse.get(store);
  if (!uses) lastUse.set(store, (uses = new Map()));
  return uses;
}

/** Session ids look like Salesforce's: the org id, `!`, then an opaque token. */
function newToken(orgId: string): string {
  return `${orgId.slice(0, 15)}!${randomBytes(36).toString('base64url')}`;
}

/** Starts a session for an active user (login calls, the local login page); undefined for an unknown user. */
export async function createSession(store: Store, username: string, clientId?: string): Promise<Session | undefined> {
  const ns = openSalesforceData(store);
  const credential = entry(ns.data.credentials, username.toLowerCase());
  if (!credential) return undefined;
  return openSession(store, credential.userId, clientId);
}

export async function openSession(store: Store, userId: string, clientId?: string, refreshToken?: string): Promise<Session> {
  const ns = openSalesforceData(store);
  const sessionId = newToken(ns.data.orgId);
  const now = new Date();
  const session: StoredSession = { userId, issuedAt: sfDateTime(now), ...(clientId ? { clientId } : {}), ...(refreshToken ? { refreshToken } : {}) };
  ns.data.sessions[sessionId] = session;
  usesOf(store).set(sessionId, now.getTime());
  await ns.save();
  return { sessionId, ...session };
}

/** Salesforce's default session timeout (Session Settings, "Timeout value": 2 hours). */
export const DEFAULT_SESSION_TIMEOUT_MS = 2 * 60 * 60_000;

/**
 * The live session behind an id, or undefined once it has been unused for longer than the
 * timeout (the session is then dropped). A call counts as activity and restarts the clock.
 */
export function verifySession(store: Store, sessionId: string | undefined, timeoutMs = DEFAULT_SESSION_TIMEOUT_MS): Session | undefined {
  if (!sessionId) return undefined;
  const sessions = openSalesforceData(store).data.sessions;
  const session = entry(sessions, sessionId);
  if (!session) return undefined;
  const uses = usesOf(store);
  const now = Date.now();
  if (now - (uses.get(sessionId) ?? Date.parse(session.issuedAt)) > timeoutMs) {
    delete sessions[sessionId];
    uses.delete(sessionId);
    return undefined;
  }
  uses.set(sessionId, now);
  return { sessionId, ...session };
}

/**
 * `/services/oauth2/revoke`: an access token ends its session; a refresh token is revoked
 * with every access token issued from it. False when the token is neither.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm
 */
export async function revokeToken(store: Store, token: string): Promise<boolean> {
  const ns = openSalesforceData(store);
  const { sessions, refreshTokens } = ns.data;
  const uses = usesOf(store);
  if (entry(sessions, token)) {
    delete sessions[token];
    uses.delete(token);
  } else if (entry(refreshTokens, token)) {
    delete refreshTokens[token];
    for (const [id, session] of Object.entries(sessions)) {
      if (session.refreshToken !== token) continue;
      delete sessions[id];
      uses.delete(id);
    }
  } else {
    return false;
  }
  await ns.save();
  return true;
}

export async function endSession(store: Store, sessionId: string): Promise<void> {
  const ns = openSalesforceData(store);
  delete ns.data.sessions[sessionId];
  usesOf(store).delete(sessionId);
  await ns.save();
}

/** The session id a request carries: `Authorization: Bearer|OAuth <id>`, or the local pages' `sid` cookie. */
export function sessionIdOf(header: string | undefined, cookie: string | undefined): string | undefined {
  const match = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? cookie;
}

/**
 * Refuses data calls without a valid session the way the REST API does.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm (401)
 */
export function requireSession(store: Store, timeoutMs = DEFAULT_SESSION_TIMEOUT_MS): RequestHandler {
  return (req, res, next) => {
    const session = verifySession(store, sessionIdOf(req.headers.authorization, readCookie(req, 'sid')), timeoutMs);
    if (!session) {
      res.status(401).json([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
      return;
    }
    res.locals.session = session;
    next();
  };
}

/** The session `requireSession` put on the response. */
export const sessionOf = (locals: Record<string, unknown>) => locals.session as Session;
