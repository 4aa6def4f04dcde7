import express, { type Request, type RequestHandler } from 'express';
import { CSRF_FIELD, CSRF_HEADER, isValidCsrfToken } from '../auth/csrf';
import { bearerToken, SESSION_COOKIE } from '../auth/sessions';
import { readCookie } from '../../http/cookies';
import { sendError } from './respond';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const parseForm = express.urlencoded({ extended: false, limit: '16kb' });

/** The origin a browser says the request comes from: `Origin`, else the `Referer`'s. */
function sourceHost(req: Request): string | null | undefined {
  const origin = req.get('origin') ?? req.get('referer');
  if (origin === undefined) return undefined;
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Refuses a state-changing request riding on the page session cookie unless it comes from
 * this origin and carries the CSRF token (header, or `_csrf` in a form). Bearer-token calls
 * are exempt: a browser never adds that header on its own. A request without a session (the
 * login form, whose visitor may still carry an old session) only needs a same-origin `Origin`
 * when the browser sends one, or one of `trustedOrigins` (the CRMs' pages, which sign in for a
 * bearer token where their browser blocks this service's cookie).
 */
export function csrfGuard(sessionlessPaths: string[] = [], trustedOrigins: () => string[] = () => []): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || bearerToken(req)) return next();
    const session = sessionlessPaths.includes(req.path) ? undefined : readCookie(req, SESSION_COOKIE);
    const source = sourceHost(req);
    const sameOrigin = source === (req.get('host') ?? '').toLowerCase();
    if (!session) {
      const trusted = trustedOrigins().includes(req.get('origin') ?? '');
      if (source !== undefined && !sameOrigin && !trusted) return sendError(res, 403, 'csrf_refused', { message: 'Cross-origin request refused.' });
      return next();
    }
    if (!sameOrigin) return sendError(res, 403, 'csrf_refused', { message: 'A signed-in request must come from this origin (Origin or Referer).' });
    const check = () => {
      const sent = req.get(CSRF_HEADER) ?? (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
      if (!isValidCsrfToken(session, sent)) return sendError(res, 403, 'csrf_refused', { message: 'The CSRF token is missing or wrong.' });
      next();
    };
    if (req.is('application/x-www-form-urlencoded') && !req.get(CSRF_HEADER)) return parseForm(req, res, (error?: unknown) => (error ? sendError(res, 400, 'invalid_form') : check()));
    check();
  };
}
