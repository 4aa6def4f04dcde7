import { Router, type Request } from 'express';
import { ccContract } from '../../../shared';
import type { ContactCenterStore } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { CSRF_COOKIE } from './csrf';
import { publicAgent, requestToken, SESSION_COOKIE, signIn, signOut } from './sessions';

/**
 * Throttling counts per client: behind a load balancer that is the address it forwards, which
 * `req.ip` gives only for the proxies `trust proxy` names (never a header any client could set).
 */
export const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** `POST /auth/token` `{username, password}` -> `{access_token, agent}`; 429 while throttled. */
export function authRoutes(cc: ContactCenterStore): Router {
  const router = Router();
  endpoint(router, ccContract.signIn, async ({ body }, { req, res, reply }) => {
    const result = await signIn(cc, { username: body.username, password: body.password, address: clientAddress(req) });
    if ('refused' in result) {
      if (result.refused === 'throttled') {
        res.set('Retry-After', String(result.retryAfter));
        return sendError(res, 429, 'too_many_attempts', { message: `Too many wrong passwords; try again in ${result.retryAfter} s.` });
      }
      return sendError(res, 401, 'unauthorized', { message: 'Wrong username or password.' });
    }
    reply(200, { access_token: result.token, token_type: 'Bearer', agent: publicAgent(result.agent) });
  });
  return router;
}

/** `POST /auth/logout`: ends the session; mounted behind the sign-in check. */
export function signOutRoutes(cc: ContactCenterStore): Router {
  const router = Router();
  endpoint(router, ccContract.signOut, async (_input, { req, res, reply }) => {
    const token = requestToken(req);
    if (token) await signOut(cc, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
    reply(200, { signedOut: true });
  });
  return router;
}
