import { createHmac, randomBytes } from 'node:crypto';
import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import type { Store } from '../../store/store';
import { entry, openSalesforceData } from '../records/data';
import type { RecordStore } from '../records/recordStore';
import { openSession, requireSession, sessionOf } from './sessions';

/**
 * OAuth 2.0 token endpoint: username-password, client-credentials and refresh-token flows.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_username_password_flow.htm
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm
 */
const oauthError = (res: Response, error: string, description: string) => res.status(400).json({ error, error_description: description });

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded; undecodable ones name no client. */
function decoded(value: string | undefined): string | undefined {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return undefined;
  }
}

/** The client's id and secret from Basic auth or the form; undefined when Basic auth cannot be decoded. */
function clientCredentials(req: express.Request): { clientId?: string; clientSecret?: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (basic) {
    const [clientId, clientSecret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':').map(decoded);
    return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret };
  }
  return { clientId: req.body?.client_id, clientSecret: req.body?.client_secret };
}

/** A form the endpoint cannot read (too large, bad encoding) is an OAuth `invalid_request`. */
const formErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 400;
  res.status(status).json({ error: 'invalid_request', error_description: String(error?.message ?? 'malformed request') });
};

export function oauthRouter(store: Store, records: RecordStore): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '100kb' });

  router.post('/services/oauth2/token', form, async (req, res) => {
    const ns = openSalesforceData(store);
    const grant = String(req.body?.grant_type ?? '');
    if (!['password', 'client_credentials', 'refresh_token'].includes(grant)) return oauthError(res, 'unsupported_grant_type', 'grant type not supported');
    const credentials = clientCredentials(req);
    if (!credentials) return oauthError(res, 'invalid_client', 'invalid client credentials');
    const { clientId, clientSecret } = credentials;
    const client = clientId ? entry(ns.data.oauthClients, clientId) : undefined;
    if (!client) return oauthError(res, 'invalid_client_id', 'client identifier invalid');
    // Refresh tokens may be used without the secret by public clients; a given secret must match.
    if ((grant !== 'refresh_token' || clientSecret !== undefined) && client.clientSecret !== clientSecret) {
      return oauthError(res, 'invalid_client', 'invalid client credentials');
    }
    // The username-password and client-credentials flows return no refresh token (documented).
    let userId: string;
    if (grant === 'password') {
      const credential = entry(ns.data.credentials, String(req.body.username ?? '').toLowerCase());
      if (!credential || credential.password !== String(req.body.password ?? '')) return oauthError(res, 'invalid_grant', 'authentication failure');
      userId = credential.userId;
    } else if (grant === 'client_credentials') {
      userId = client.runAsUserId;
    } else {
      const stored = entry(ns.data.refreshTokens, String(req.body.refresh_token ?? ''));
      if (!stored || stored.clientId !== clientId) return oauthError(res, 'invalid_grant', 'expired access/refresh token');
      userId = stored.userId;
    }
    const session = await openSession(store, userId, clientId);
    const origin = `${req.protocol}://${req.get('host')}`;
    const id = `${origin}/id/${ns.data.orgId}/${userId}`;
    const issuedAt = String(Date.now());
    res.json({
      access_token: session.sessionId,
      instance_url: origin,
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
      // Documented: Base64 HMAC-SHA256 of id + issued_at, keyed with the client secret.
      signature: createHmac('sha256', client.clientSecret).update(id + issuedAt).digest('base64'),
    });
  });

  router.use('/services/oauth2/token', formErrors);

  router.get('/services/oauth2/userinfo', requireSession(store), (_req, res) => {
    const { userId } = sessionOf(res.locals);
    const user = records.byId(userId);
    const ns = openSalesforceData(store);
    res.json({
      sub: `${ns.data.orgId}/${userId}`, user_id: userId, organization_id: ns.data.orgId,
      preferred_username: user?.Username, nickname: user?.Alias, name: user?.Name, email: user?.Email, email_verified: true,
      given_name: user?.FirstName, family_name: user?.LastName, zoneinfo: user?.TimeZoneSidKey, active: user?.IsActive, user_type: 'STANDARD',
      language: user?.LanguageLocaleKey, locale: 'en_US', utcOffset: 0, updated_at: user?.LastModifiedDate,
    });
  });
  return router;
}

/** Issues a refresh token for a user (the local login page's authorization-code flow uses it). */
export async function issueRefreshToken(store: Store, userId: string, clientId: string): Promise<string> {
  const ns = openSalesforceData(store);
  const token = `5Aep${randomBytes(40).toString('base64url')}`;
  ns.data.refreshTokens[token] = { userId, clientId };
  await ns.save();
  return token;
}
