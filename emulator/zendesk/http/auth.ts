import type { Request, RequestHandler } from 'express';
import { indexOfDigest, verifyPassword } from '../auth/secrets';
import { missingScope } from '../auth/scopes';
import { createSignInCache, type SignInCache } from '../auth/signInCache';
import type { ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { sendForbidden, sendUnauthorized } from './errors';

interface Caller {
  user: User;
  /** Set for OAuth tokens only; API tokens and passwords act with the user's full rights. */
  scopes?: string[];
}

const caches = new WeakMap<ZendeskState, SignInCache>();

/**
 * The three ways the Support API authenticates
 * (https://developer.zendesk.com/api-reference/introduction/security-and-auth/):
 * `email/token:API_TOKEN` and `email:password` as Basic, or an OAuth access token as Bearer,
 * whose scopes then decide what it may do. A request with no credentials at all reaches only
 * Show the Currently Authenticated User, which answers with the anonymous user.
 */
export function authenticate(state: ZendeskState): RequestHandler {
  if (!caches.has(state)) caches.set(state, createSignInCache());
  const cache = caches.get(state)!;
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined && /^\/users\/me(\.json)?$/.test(req.path) && req.method === 'GET') return next();
    const caller = await whoIs(state, cache, header ?? '');
    if (!caller) return sendUnauthorized(res);
    const missing = caller.scopes && missingScope(caller.scopes, req.method, req.path);
    if (missing) return sendForbidden(res, `You are missing the following required scopes: ${missing}`);
    const onBehalfOf = req.get('x-on-behalf-of');
    if (onBehalfOf !== undefined) {
      const other = impersonated(state, caller, onBehalfOf);
      if (!other) return sendForbidden(res);
      res.locals.zendeskUser = other;
      return next();
    }
    res.locals.zendeskUser = caller.user;
    next();
  };
}

export function currentUser(req: Request): User {
  return req.res!.locals.zendeskUser as User;
}

/** The signed-in user, or undefined for the anonymous caller of `/users/me`. */
export function signedInUser(req: Request): User | undefined {
  return req.res!.locals.zendeskUser as User | undefined;
}

async function whoIs(state: ZendeskState, cache: SignInCache, header: string): Promise<Caller | undefined> {
  const [scheme, value = ''] = header.split(' ', 2);
  if (/^bearer$/i.test(scheme)) {
    const tokens = state.data.oauthTokens;
    const token = tokens[indexOfDigest(value, tokens.map((t) => t.token_digest))];
    const user = token && activeStaff(state.usersById.get(token.user_id));
    return token && user ? { user, scopes: token.scopes } : undefined;
  }
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const login = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (login.endsWith('/token')) {
    const email = login.slice(0, -'/token'.length).toLowerCase();
    const known = indexOfDigest(secret, state.data.apiTokens) >= 0;
    const user = known ? activeStaff(state.usersByEmail.get(email)) : undefined;
    return user && { user };
  }
  const email = login.toLowerCase();
  const now = state.now().getTime();
  const remembered = cache.get(email, secret, now);
  if (remembered !== undefined) {
    const user = activeStaff(state.usersById.get(remembered));
    return user && { user };
  }
  const credential = state.data.passwords.find((c) => c.email.toLowerCase() === email);
  if (!(await verifyPassword(secret, credential?.password_hash))) return undefined;
  const user = activeStaff(state.usersByEmail.get(email));
  if (user) cache.set(email, secret, user.id, now);
  return user && { user };
}

/**
 * `X-On-Behalf-Of: email` lets an admin's OAuth token with the `impersonate` scope act as
 * another user, end users included (https://developer.zendesk.com/documentation/ticketing/working-with-oauth/making-api-requests-on-behalf-of-end-users/).
 */
function impersonated(state: ZendeskState, caller: Caller, email: string): User | undefined {
  if (!caller.scopes?.includes('impersonate') || caller.user.role !== 'admin') return undefined;
  const user = state.usersByEmail.get(email.toLowerCase());
  return user && user.active && !user.suspended ? user : undefined;
}

/** API tokens belong to the account but act as an active agent or admin. */
function activeStaff(user: User | undefined): User | undefined {
  return user && user.active && !user.suspended && user.role !== 'end-user' ? user : undefined;
}
