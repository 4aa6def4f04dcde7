import type { Request, RequestHandler } from 'express';
import type { ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { sendUnauthorized } from './errors';

/**
 * The three ways the Support API authenticates
 * (https://developer.zendesk.com/api-reference/introduction/security-and-auth/):
 * `email/token:API_TOKEN` and `email:password` as Basic, or an OAuth access token as Bearer.
 */
export function authenticate(state: ZendeskState): RequestHandler {
  return (req, res, next) => {
    const user = whoIs(state, req.get('authorization') ?? '');
    if (!user) return sendUnauthorized(res);
    res.locals.zendeskUser = user;
    next();
  };
}

export function currentUser(req: Request): User {
  return req.res!.locals.zendeskUser as User;
}

function whoIs(state: ZendeskState, header: string): User | undefined {
  const [scheme, value = ''] = header.split(' ', 2);
  if (/^bearer$/i.test(scheme)) {
    const token = state.data.oauthTokens.find((t) => t.token === value);
    return token ? activeStaff(state.usersById.get(token.user_id)) : undefined;
  }
  if (!/^basic$/i.test(scheme)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const login = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (login.endsWith('/token')) {
    const email = login.slice(0, -'/token'.length).toLowerCase();
    return state.data.apiTokens.includes(secret) ? activeStaff(state.usersByEmail.get(email)) : undefined;
  }
  const email = login.toLowerCase();
  const known = state.data.passwords.some((c) => c.email.toLowerCase() === email && c.password === secret);
  return known ? activeStaff(state.usersByEmail.get(email)) : undefined;
}

/** API tokens belong to the account but act as an active agent or admin. */
function activeStaff(user: User | undefined): User | undefined {
  return user && user.active && !user.suspended && user.role !== 'end-user' ? user : undefined;
}
