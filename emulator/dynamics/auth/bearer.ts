import type { RequestHandler } from 'express';
import type { DynamicsData } from '../data/namespace';
import { requestOrigin } from '../http/origin';
import { verifyToken, type TokenClaims } from './tokens';

/**
 * Every Web API request needs `Authorization: Bearer <token>` for this environment. A
 * missing, expired or foreign token gets 401 with a `WWW-Authenticate: Bearer` challenge
 * naming the authority and the resource, as Dataverse sends it.
 * https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth#use-the-access-token-in-your-requests
 */
export function requireToken(data: () => DynamicsData): RequestHandler {
  return (req, res, next) => {
    const origin = requestOrigin(req);
    const header = req.headers.authorization ?? '';
    const token = header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : '';
    const check = token ? verifyToken(data().signingKey, token, `${origin}/`) : { ok: false as const, reason: 'The request has no bearer token.' };
    if (check.ok) {
      res.locals.claims = check.claims satisfies TokenClaims;
      return next();
    }
    const tenant = Object.values(data().apps)[0]?.tenant ?? 'common';
    const challenge = [`authorization_uri=${origin}/${tenant}/oauth2/authorize`, `resource_id=${origin}/`];
    if (token) challenge.unshift('error=invalid_token', `error_description="${check.reason}"`);
    res
      .status(401)
      .set('WWW-Authenticate', `Bearer ${challenge.join(', ')}`)
      .set('OData-Version', '4.0')
      .type('application/json; odata.metadata=minimal')
      .send(JSON.stringify({ error: { code: '', message: check.reason } }));
  };
}

export const claimsOf = (locals: Record<string, unknown>): TokenClaims => locals.claims as TokenClaims;
