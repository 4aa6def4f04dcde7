import type { RequestHandler } from 'express';

/** What the shared client sends: JSON, the bearer token, and the page's CSRF token. */
const ALLOWED_HEADERS = 'accept, authorization, content-type, x-csrf-token';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

/**
 * CORS for the CRMs' pages (issue 25): the card on a Salesforce org's Lightning page or in a
 * ServiceNow workspace calls `/cc/v1` from that origin. Only the configured CRMs' origins (the
 * same list the pages' `frame-ancestors` names) are granted, with credentials, so the exact origin
 * is echoed and never `*`; every answer varies by `Origin` so a cache keeps them apart. A preflight
 * is answered here, before sign-in is required (a browser sends it without credentials); one from
 * any other origin gets no grant and the browser stops there.
 * https://fetch.spec.whatwg.org/#http-cors-protocol
 */
export function crmCors(allowedOrigins: () => string[]): RequestHandler {
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    const allowed = origin !== undefined && allowedOrigins().includes(origin);
    if (allowed) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Allow-Credentials', 'true');
    }
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined;
    if (!preflight) return next();
    if (allowed) {
      res.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.set('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}
