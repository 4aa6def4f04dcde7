import { Router } from 'express';
import { jsonBody } from '../http/body';
import { sendError } from '../http/respond';
import type { ContactCenterStore } from '../data';
import { publicAgent, signIn } from './sessions';

/** `POST /auth/token` `{username, password}` -> `{access_token, agent}`. */
export function authRoutes(cc: ContactCenterStore): Router {
  const router = Router();
  router.post('/auth/token', jsonBody, async (req, res) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      return sendError(res, 400, 'invalid_request', { message: 'username and password are required strings.' });
    }
    const session = await signIn(cc, username, password);
    if (!session) return sendError(res, 401, 'unauthorized', { message: 'Wrong username or password.' });
    res.json({ access_token: session.token, token_type: 'Bearer', agent: publicAgent(session.agent) });
  });
  return router;
}
