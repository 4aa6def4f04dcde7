import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import type { DynamicsData } from '../data/namespace';
import { requestOrigin } from '../http/origin';
import {
  applicationNotFound, invalidSecret, missingParameter, missingSecret, resourceNotFound, scopeWithoutDefault, sendAadError, tenantNotFound, unsupportedGrant,
} from './aadErrors';
import { secretMatches } from './secrets';
import { issueToken, TOKEN_LIFETIME, trimSlash } from './tokens';

/**
 * The Microsoft identity platform's token endpoint, client-credentials grant only:
 * `POST /{tenant}/oauth2/v2.0/token` with client_id, client_secret (or Basic auth),
 * grant_type=client_credentials and scope=`{environment URL}/.default`.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow#first-case-access-token-request-with-a-shared-secret
 */
export function tokenRouter(data: () => DynamicsData): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '100kb' });

  router.post('/:tenant/oauth2/v2.0/token', form, (req, res) => {
    const tenant = String(req.params.tenant);
    const apps = Object.values(data().apps);
    if (!apps.some((app) => app.tenant === tenant)) return sendAadError(res, tenantNotFound(tenant));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    const grant = field('grant_type');
    if (!grant) return sendAadError(res, missingParameter('grant_type'));
    if (grant !== 'client_credentials') return sendAadError(res, unsupportedGrant(grant));
    const basic = basicCredentials(req);
    const clientId = basic?.clientId ?? field('client_id');
    const secret = basic?.secret ?? field('client_secret');
    if (!clientId) return sendAadError(res, missingParameter('client_id'));
    const app = Object.hasOwn(data().apps, clientId) ? data().apps[clientId] : undefined;
    if (!app || app.tenant !== tenant) return sendAadError(res, applicationNotFound(clientId, tenant));
    if (!secret) return sendAadError(res, missingSecret());
    if (!secretMatches(secret, app.secretSalt, app.secretHash)) return sendAadError(res, invalidSecret(clientId));
    const scope = field('scope');
    if (!scope) return sendAadError(res, missingParameter('scope'));
    if (!scope.endsWith('/.default')) return sendAadError(res, scopeWithoutDefault(scope));
    const resource = scope.slice(0, -'/.default'.length);
    const origin = requestOrigin(req);
    if (trimSlash(resource) !== origin) return sendAadError(res, resourceNotFound(resource, tenant));
    const accessToken = issueToken(data().signingKey, { aud: `${origin}/`, iss: `${origin}/${tenant}/v2.0`, appid: clientId, tid: tenant, oid: app.applicationUserId });
    res.set('Cache-Control', 'no-store, no-cache').json({ token_type: 'Bearer', expires_in: TOKEN_LIFETIME, ext_expires_in: TOKEN_LIFETIME, access_token: accessToken });
  });

  // A form the endpoint cannot read is an invalid_request, in the same AADSTS shape.
  const unreadable: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendAadError(res, { status: 400, error: 'invalid_request', code: 900144, message: `The request body could not be read: ${String(error?.message ?? error)}` });
  };
  router.use('/:tenant/oauth2/v2.0/token', unreadable);
  return router;
}

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded. */
function basicCredentials(req: Request): { clientId: string; secret: string } | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return { clientId: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}
