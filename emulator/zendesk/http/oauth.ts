import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import { currentUser } from './auth';

/**
 * Create Token (https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/#create-token):
 * an admin mints an access token that then works as `Authorization: Bearer`. Only the
 * creation answer shows the full token.
 */
export function oauthRoutes(state: ZendeskState): Router {
  const router = Router();
  router.post(['/oauth/tokens.json', '/oauth/tokens'], async (req, res) => {
    const input = ((req.body as { token?: unknown } | undefined)?.token ?? {}) as { client_id?: unknown; scopes?: unknown };
    const token = {
      id: nextId(state),
      token: randomBytes(32).toString('hex'),
      user_id: currentUser(req).id,
      client_id: input.client_id == null ? null : Number(input.client_id),
      scopes: Array.isArray(input.scopes) ? input.scopes.map(String) : ['read', 'write'],
      created_at: isoTime(state.now()),
    };
    state.data.oauthTokens.push(token);
    await state.save();
    res.status(201).json({ token: { ...token, full_token: token.token, url: `${req.protocol}://${req.get('host')}/api/v2/oauth/tokens/${token.id}.json`, expires_at: null } });
  });
  return router;
}
