import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { crmFrameOrigins } from '../../../shared';
import { CSRF_FIELD, csrfTokenFor } from '../../contact-center/auth/csrf';
import { SESSION_COOKIE } from '../../contact-center/auth/sessions';
import { currentConfig } from '../../contact-center/config/currentConfig';
import { openContactCenterData } from '../../contact-center/data';
import { csrfGuard } from '../../contact-center/http/csrfGuard';
import { hostGuard } from '../../contact-center/http/hostGuard';
import { readCookie } from '../../http/cookies';
import type { ServiceContext } from '../../service';
import { escapeHtml } from './html';

/**
 * Security headers of every local page (finding 9): a CSP with scripts from this origin
 * only (no inline script), framing only by the configured CRMs, `nosniff`, and a referrer
 * kept to this origin (the CSRF check may fall back on it).
 */
function headers(context: ServiceContext): RequestHandler {
  const cc = openContactCenterData(context.store);
  const byAncestors = new Map<string, RequestHandler>();
  return (req, res, next) => {
    const ancestors = ["'self'", ...crmFrameOrigins(currentConfig(cc))];
    const key = ancestors.join(' ');
    let handler = byAncestors.get(key);
    if (!handler) byAncestors.set(key, (handler = helmetFor(ancestors)));
    handler(req, res, next);
  };
}

function helmetFor(ancestors: string[]): RequestHandler {
  return helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ancestors,
          upgradeInsecureRequests: null,
        },
      },
      // frame-ancestors decides; X-Frame-Options cannot name the CRMs' origins.
      xFrameOptions: ancestors.length === 1 ? { action: 'sameorigin' } : false,
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    });
}

const POST_FORM = /<form\b[^>]*\bmethod="post"[^>]*>/gi;

/** Puts the CSRF token into every post form of a signed-in page, so that plain forms keep working. */
const formTokens: RequestHandler = (req, res, next) => {
  const session = readCookie(req, SESSION_COOKIE);
  if (!session) return next();
  const field = `<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(csrfTokenFor(session))}">`;
  const send = res.send.bind(res);
  res.send = (body?: unknown) => send(typeof body === 'string' && /html/.test(String(res.get('content-type'))) ? body.replace(POST_FORM, (tag) => tag + field) : body);
  next();
};

/** Host allow-list, CSRF check and security headers in front of every page. */
export function pageSecurity(context: ServiceContext): RequestHandler[] {
  return [hostGuard(context.selfUrl), csrfGuard(['/login']), headers(context), formTokens];
}
