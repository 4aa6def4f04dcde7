import { randomBytes } from 'node:crypto';
import { Router, type Request } from 'express';
import { digestToken } from '../auth/secrets';
import { isKnownScope } from '../auth/scopes';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { OAuthToken } from '../model/types';
import { currentUser } from './auth';
import { fieldError, sendForbidden, sendNotFound } from './errors';
import { apiBase, pathId } from './origin';
import { sendList } from './pagination';
import { write } from './write';

/**
 * OAuth Tokens (https://developer.zendesk.com/api-reference/ticketing/oauth/oauth_tokens/):
 * only admins mint tokens; the creation answer alone shows `full_token`, later reads show
 * the first characters as `token`. A token acts as its user within its scopes (auth/scopes.ts).
 */
export function oauthRoutes(state: ZendeskState): Router {
  const router = Router();
  const url = (req: Request, id: number) => `${apiBase(req)}/oauth/tokens/${id}.json`;
  const json = (req: Request, token: OAuthToken) => {
    const { token_digest: _digest, token_prefix: prefix, ...shown } = token;
    return { ...shown, url: url(req, token.id), token: prefix, refresh_token: null, expires_at: null, used_at: null };
  };
  const admin = (req: Request) => currentUser(req).role === 'admin';

  router.post(['/oauth/tokens.json', '/oauth/tokens'], write(async (req, res) => {
    if (!admin(req)) return sendForbidden(res);
    const input = ((req.body as { token?: unknown } | undefined)?.token ?? {}) as { client_id?: unknown; scopes?: unknown };
    const scopes = Array.isArray(input.scopes) ? input.scopes.map(String) : ['read', 'write'];
    const unknown = scopes.find((s) => !isKnownScope(s));
    if (unknown !== undefined || scopes.length === 0) throw fieldError('scopes', `Scopes: ${unknown ?? ''} is not a valid scope`, 'InvalidValue');
    const full = randomBytes(32).toString('hex');
    const token: OAuthToken = {
      id: nextId(state),
      token_digest: digestToken(full),
      token_prefix: full.slice(0, 10),
      user_id: currentUser(req).id,
      client_id: input.client_id == null ? null : Number(input.client_id),
      scopes,
      created_at: isoTime(state.now()),
    };
    state.data.oauthTokens.push(token);
    await state.save();
    res.status(201).json({ token: { ...json(req, token), full_token: full } });
  }));

  router.get(['/oauth/tokens.json', '/oauth/tokens'], (req, res) => {
    const mine = admin(req) ? state.data.oauthTokens : state.data.oauthTokens.filter((t) => t.user_id === currentUser(req).id);
    sendList(req, res, 'tokens', `${apiBase(req)}/oauth/tokens.json`, mine, { idOf: (t) => t.id, toJson: (t) => json(req, t) });
  });

  router.get('/oauth/tokens/:id', (req, res) => {
    const token = state.data.oauthTokens.find((t) => t.id === pathId(req.params.id));
    if (!token || (!admin(req) && token.user_id !== currentUser(req).id)) return sendNotFound(res);
    res.json({ token: json(req, token) });
  });

  /** Revoke Token answers 204. */
  router.delete('/oauth/tokens/:id', write(async (req, res) => {
    const index = state.data.oauthTokens.findIndex((t) => t.id === pathId(req.params.id));
    const token = state.data.oauthTokens[index];
    if (!token || (!admin(req) && token.user_id !== currentUser(req).id)) return sendNotFound(res);
    state.data.oauthTokens.splice(index, 1);
    await state.save();
    res.status(204).end();
  }));

  return router;
}
