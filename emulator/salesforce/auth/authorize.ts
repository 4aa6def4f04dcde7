import { randomBytes } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { readCookie } from '../../http/cookies';
import type { CodeGrant } from './authorizationCodes';
import { consentPage, remoteAccessErrorPage, signInPage } from './authorizePages';
import { isCallbackUrl, type ConnectedApp } from './connectedApps';
import type { AuthContext } from './context';
import { checkPassword } from './credentials';
import { openSession, verifySession } from './sessions';

/**
 * `/services/oauth2/authorize`, the web server flow as a browser walks it: sign in (unless the
 * browser has a session), "Allow Access?", then a redirect to the callback with `code` and
 * `state`. Errors about the client or its callback stay on Salesforce's error page (never
 * redirect to an unregistered URL); the others go to the callback as `error` and `error_description`.
 * https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm
 */
const ERROR_PAGE = '/setup/secur/RemoteAccessErrorPage.apexp';
const PENDING_LIFETIME_MS = 10 * 60_000;
const cookieOptions = { httpOnly: true, sameSite: 'lax', path: '/' } as const;

interface Pending extends CodeGrant {
  state?: string;
  sessionId: string;
  expiresAt: number;
}

type Checked = { app: ConnectedApp; grant: Omit<CodeGrant, 'userId'>; state?: string } | { page: [string, string] } | { redirect: string };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.append(key, value);
  return url.href;
}

/** Checks the authorization request as the authorization server does, in the documented order. */
function checkRequest(ctx: AuthContext, query: Request['query']): Checked {
  const clientId = text(query.client_id);
  const app = clientId ? ctx.apps.get(clientId) : undefined;
  if (!app) return { page: ['invalid_client_id', 'client identifier invalid'] };
  const redirectUri = text(query.redirect_uri);
  if (!redirectUri || !isCallbackUrl(app, redirectUri)) return { page: ['redirect_uri_mismatch', 'redirect_uri must match configuration'] };
  const state = text(query.state);
  const fail = (error: string, description: string) => ({ redirect: withParams(redirectUri, { error, error_description: description, state }) });
  if (text(query.response_type) !== 'code') return fail('unsupported_response_type', 'response type not supported');
  const requested = text(query.scope)?.split(/[\s+]+/).filter(Boolean);
  if (requested?.some((s) => !app.scopes.has(s))) return fail('invalid_scope', 'the requested scope is not allowed');
  const challenge = text(query.code_challenge);
  // jsforce sends no method with its S256 challenge: S256 is the default.
  const method = text(query.code_challenge_method) ?? 'S256';
  if (method !== 'S256' && method !== 'plain') return fail('invalid_request', 'invalid code challenge method');
  if (app.pkceRequired && !challenge) return fail('invalid_request', 'missing required code challenge');
  const scopes = requested ?? [...app.scopes];
  return { app, state, grant: { clientId: app.clientId, redirectUri, scopes, ...(challenge ? { challenge: { value: challenge, method } } : {}) } };
}

export function authorizeRouter(ctx: AuthContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const pending = new Map<string, Pending>();
  const session = (req: Request) => verifySession(ctx.store, readCookie(req, 'sid'), ctx.sessionTimeoutMs);
  const sendCode = (res: Response, grant: CodeGrant, state?: string) => res.redirect(302, withParams(grant.redirectUri, { code: ctx.codes.issue(grant), state }));

  router.get('/services/oauth2/authorize', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const checked = checkRequest(ctx, req.query);
    if ('page' in checked) return res.redirect(302, `${ERROR_PAGE}?${new URLSearchParams({ error: checked.page[0], error_description: checked.page[1] })}`);
    if ('redirect' in checked) return res.redirect(302, checked.redirect);
    const current = session(req);
    if (!current) return res.type('html').send(signInPage(req.originalUrl));
    const grant = { ...checked.grant, userId: current.userId };
    // "Admin approved users are pre-authorized": no consent page.
    if (checked.app.adminApproved) return sendCode(res, grant, checked.state);
    const now = Date.now();
    for (const [id, p] of pending) if (p.expiresAt <= now) pending.delete(id);
    const id = randomBytes(24).toString('base64url');
    pending.set(id, { ...grant, state: checked.state, sessionId: current.sessionId, expiresAt: now + PENDING_LIFETIME_MS });
    const user = ctx.records.byId(current.userId);
    res.type('html').send(consentPage(checked.app.label, String(user?.Username ?? ''), grant.scopes, id));
  });

  router.post('/services/oauth2/authorize/login', form, async (req, res) => {
    const startUrl = text(req.body?.startURL) ?? '';
    // Only ever return to an authorization request: no open redirect through the sign-in page.
    if (!startUrl.startsWith('/services/oauth2/authorize?')) return res.status(400).type('html').send(remoteAccessErrorPage('invalid_request', 'missing or invalid startURL'));
    const username = text(req.body?.username) ?? '';
    const userId = await checkPassword(ctx.store, ctx.records, username, text(req.body?.password) ?? '');
    if (!userId) {
      const error = 'Please check your username and password. If you still can’t log in, contact your Salesforce administrator.';
      return res.status(401).type('html').send(signInPage(startUrl, username, error));
    }
    const opened = await openSession(ctx.store, userId);
    res.cookie('sid', opened.sessionId, cookieOptions);
    res.redirect(303, startUrl);
  });

  router.post('/services/oauth2/authorize/decision', form, (req, res) => {
    const id = text(req.body?.pending) ?? '';
    const request = pending.get(id);
    pending.delete(id);
    const current = session(req);
    // The consent form only counts from the browser session it was shown to.
    if (!request || request.expiresAt <= Date.now() || current?.sessionId !== request.sessionId) {
      return res.status(400).type('html').send(remoteAccessErrorPage('invalid_request', 'the approval request expired or was already answered'));
    }
    const { state, sessionId: _session, expiresAt: _expires, ...grant } = request;
    if (text(req.body?.decision) !== 'allow') return res.redirect(302, withParams(grant.redirectUri, { error: 'access_denied', error_description: 'end-user denied authorization', state }));
    sendCode(res, grant, state);
  });

  router.get(ERROR_PAGE, (req, res) => {
    res.status(400).type('html').send(remoteAccessErrorPage(text(req.query.error) ?? 'error', text(req.query.error_description) ?? ''));
  });
  return router;
}
