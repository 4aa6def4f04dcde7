import { Router } from 'express';
import { ccContract } from '../../../shared';
import type { ContactCenterStore } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { publicAgent, signIn } from './sessions';

/** `POST /auth/token` `{username, password}` -> `{access_token, agent}`. */
export function authRoutes(cc: ContactCenterStore): Router {
  const router = Router();
  endpoint(router, ccContract.signIn, async ({ body }, { res, reply }) => {
    const session = await signIn(cc, body.username, body.password);
    if (!session) return sendError(res, 401, 'unauthorized', { message: 'Wrong username or password.' });
    reply(200, { access_token: session.token, token_type: 'Bearer', agent: publicAgent(session.agent) });
  });
  return router;
}
