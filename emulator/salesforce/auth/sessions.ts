import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { readCookie } from '../../http/cookies';
import type { Store } from '../../store/store';
import { entry, openSalesforceData, type StoredSession } from '../records/data';
import { sfDateTime } from '../records/fieldValue';

export interface Session extends StoredSession {
  sessionId: string;
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

export async function openSession(store: Store, userId: string, clientId?: string): Promise<Session> {
  const ns = openSalesforceData(store);
  const sessionId = newToken(ns.data.orgId);
  const session: StoredSession = { userId, issuedAt: sfDateTime(new Date()), ...(clientId ? { clientId } : {}) };
  ns.data.sessions[sessionId] = session;
  await ns.save();
  return { sessionId, ...session };
}

export function verifySession(store: Store, sessionId: string | undefined): Session | undefined {
  if (!sessionId) return undefined;
  const session = entry(openSalesforceData(store).data.sessions, sessionId);
  return session ? { sessionId, ...session } : undefined;
}

export async function endSession(store: Store, sessionId: string): Promise<void> {
  const ns = openSalesforceData(store);
  delete ns.data.sessions[sessionId];
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
export function requireSession(store: Store): RequestHandler {
  return (req, res, next) => {
    const session = verifySession(store, sessionIdOf(req.headers.authorization, readCookie(req, 'sid')));
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
