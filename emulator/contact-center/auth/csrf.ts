import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { sameSecret } from './secrets';
import { SESSION_COOKIE } from './sessions';

/**
 * Cross-site request forgery (finding 3): a page session's state-changing request must carry
 * a token a page on another origin cannot read. The token is derived from the HttpOnly
 * session token, given to the page in the readable `cc_csrf` cookie, and sent back in the
 * `x-csrf-token` header (createCcClient does so) or the `_csrf` form field: a signed
 * double-submit cookie, with nothing more to store.
 * https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
 */
export const CSRF_COOKIE = 'cc_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

export const csrfTokenFor = (sessionToken: string) => createHash('sha256').update(`cc-csrf:${sessionToken}`).digest('base64url');

export function isValidCsrfToken(sessionToken: string, sent: unknown): boolean {
  return typeof sent === 'string' && sent !== '' && sameSecret(sent, csrfTokenFor(sessionToken));
}

/**
 * The page session's cookies after a sign-in. `SameSite=Strict`: every flow of the local
 * pages stays on their origin; the CRM-framed card uses bearer tokens instead.
 */
export function setSessionCookies(req: Request, res: Response, token: string): void {
  const common = { sameSite: 'strict', path: '/', secure: req.secure } as const;
  res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfTokenFor(token), { ...common, httpOnly: false });
}
