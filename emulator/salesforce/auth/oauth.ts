import { createHmac, randomBytes } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import type { Store } from '../../store/store';
import { entry, openSalesforceData } from '../records/data';
import { clientCredentials, secretMatches } from './clientAuth';
import type { ConnectedApp } from './connectedApps';
import { identityUrl, type AuthContext } from './context';
import { checkPassword } from './credentials';
import { checkAssertion } from './jwtBearer';
import { formErrors, INVALID_CLIENT, INVALID_CLIENT_ID, oauthError } from './oauthErrors';
import { openSession, revokeToken } from './sessions';

/**
 * OAuth 2.0 token endpoint: username-password, client-credentials, authorization code (web
 * server flow, with PKCE), refresh token and JWT bearer grants; and token revocation.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flows.htm
 */
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const GRANTS = ['password', 'client_credentials', 'refresh_token', 'authorization_code', JWT_BEARER];

/** Who a grant signs in, with the scopes granted and the refresh token it issues or came from. */
type Granted = { userId: string; scopes?: string[]; issueRefresh?: boolean; fromRefresh?: string };
type Refused = { error: string; description: string };
const refused = (error: string, description: string): Refused => ({ error, description });

const wantsRefresh = (scopes: string[]) => scopes.includes('refresh_token') || scopes.includes('offline_access');
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

async function grant(ctx: AuthContext, req: Request, app: ConnectedApp, grantType: string): Promise<Granted | Refused> {
  const form = req.body as Record<string, unknown>;
  const { clientSecret } = clientCredentials(req) ?? {};
  const ns = openSalesforceData(ctx.store);
  switch (grantType) {
    case 'password': {
      if (!(await secretMatches(app, clientSecret))) return refused(...INVALID_CLIENT);
      const userId = await checkPassword(ctx.store, ctx.records, text(form.username) ?? '', text(form.password) ?? '');
      // The username-password flow returns no refresh token (documented).
      return userId ? { userId } : refused('invalid_grant', 'authentication failure');
    }
    case 'client_credentials': {
      if (!(await secretMatches(app, clientSecret))) return refused(...INVALID_CLIENT);
      const runAs = app.clientCredentialUser && entry(ns.data.credentials, app.clientCredentialUser.toLowerCase());
      return runAs ? { userId: runAs.userId } : refused('invalid_grant', 'no client credentials user enabled');
    }
    case 'refresh_token': {
      // Public clients may refresh without the secret unless the app requires it; a given secret must match.
      if ((clientSecret !== undefined || app.secretRequiredForRefresh) && !(await secretMatches(app, clientSecret))) return refused(...INVALID_CLIENT);
      const token = text(form.refresh_token) ?? '';
      const stored = entry(ns.data.refreshTokens, token);
      if (!stored || stored.clientId !== app.clientId) return refused('invalid_grant', 'expired access/refresh token');
      return { userId: stored.userId, scopes: stored.scopes, fromRefresh: token };
    }
    case 'authorization_code': {
      if ((clientSecret !== undefined || !app.secretOptional) && !(await secretMatches(app, clientSecret))) return refused(...INVALID_CLIENT);
      const redeemed = ctx.codes.redeem(text(form.code) ?? '', app.clientId, text(form.redirect_uri), text(form.code_verifier));
      if ('refused' in redeemed) return refused('invalid_grant', redeemed.refused);
      const { userId, scopes } = redeemed.grant;
      return { userId, scopes, issueRefresh: wantsRefresh(scopes) };
    }
    default: {
      const audiences = [ctx.selfUrl(), 'https://login.salesforce.com', 'https://test.salesforce.com'];
      const checked = checkAssertion(text(form.assertion) ?? '', ctx.apps, audiences);
      if ('error' in checked) return refused(checked.error, checked.description);
      if (checked.clientId !== app.clientId) return refused(...INVALID_CLIENT_ID);
      const credential = entry(ns.data.credentials, checked.username.toLowerCase());
      if (!credential) return refused('invalid_grant', 'invalid assertion');
      // Allowed when the admin pre-authorized the app, or the user once approved it with a refresh token.
      const approved = app.adminApproved || Object.values(ns.data.refreshTokens).some((t) => t.userId === credential.userId && t.clientId === app.clientId);
      return approved ? { userId: credential.userId, scopes: [...app.scopes] } : refused('invalid_grant', "user hasn't approved this consumer");
    }
  }
}

export function oauthRouter(ctx: AuthContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '100kb' });

  router.post('/services/oauth2/token', form, async (req, res) => {
    const grantType = text(req.body?.grant_type) ?? '';
    if (!GRANTS.includes(grantType)) return oauthError(res, 'unsupported_grant_type', 'grant type not supported');
    const credentials = clientCredentials(req);
    if (!credentials) return oauthError(res, ...INVALID_CLIENT);
    // The JWT bearer flow names its client in the assertion's `iss`.
    const clientId = grantType === JWT_BEARER ? issuerOf(text(req.body?.assertion)) : credentials.clientId;
    const app = clientId ? ctx.apps.get(clientId) : undefined;
    if (!app) return oauthError(res, ...INVALID_CLIENT_ID);
    const granted = await grant(ctx, req, app, grantType);
    if ('error' in granted) return oauthError(res, granted.error, granted.description);
    await sendToken(ctx, res, app, granted);
  });
  router.use('/services/oauth2/token', formErrors);

  // Revocation takes the token as a form field or a query parameter. An unknown token is
  // refused with a form-encoded error, the format jsforce's revokeToken() reads.
  router.all('/services/oauth2/revoke', form, async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'POST') return oauthError(res, 'invalid_request', 'method not supported', 405);
    const token = text(req.body?.token) ?? text(req.query.token);
    if (!token || !(await revokeToken(ctx.store, token))) {
      return res.status(400).type('application/x-www-form-urlencoded').send(new URLSearchParams({ error: 'unsupported_token_type', error_description: 'this token type is not supported' }).toString());
    }
    res.status(200).end();
  });
  router.use('/services/oauth2/revoke', formErrors);
  return router;
}

function issuerOf(assertion: string | undefined): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(assertion?.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: unknown };
    return typeof claims?.iss === 'string' ? claims.iss : undefined;
  } catch {
    return undefined;
  }
}

async function sendToken(ctx: AuthContext, res: Response, app: ConnectedApp, granted: Granted): Promise<void> {
  const ns = openSalesforceData(ctx.store);
  const refreshToken = granted.issueRefresh ? await issueRefreshToken(ctx.store, granted.userId, app.clientId, granted.scopes) : undefined;
  const session = await openSession(ctx.store, granted.userId, app.clientId, refreshToken ?? granted.fromRefresh);
  const origin = ctx.selfUrl();
  const id = identityUrl(origin, ns.data.orgId, granted.userId);
  const issuedAt = String(Date.now());
  res.json({
    access_token: session.sessionId,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    // Documented: Base64 HMAC-SHA256 of id + issued_at, keyed with the client secret.
    signature: createHmac('sha256', app.secret).update(id + issuedAt).digest('base64'),
    ...(granted.scopes ? { scope: granted.scopes.join(' ') } : {}),
    instance_url: origin,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  });
}

/** Issues a refresh token for a user and app (the web server flow; tests use it directly). */
export async function issueRefreshToken(store: Store, userId: string, clientId: string, scopes?: string[]): Promise<string> {
  const ns = openSalesforceData(store);
  const token = `5Aep${randomBytes(40).toString('base64url')}`;
  ns.data.refreshTokens[token] = { userId, clientId, ...(scopes ? { scopes } : {}) };
  await ns.save();
  return token;
}
