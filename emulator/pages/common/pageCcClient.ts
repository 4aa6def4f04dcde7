import type { Request } from 'express';
import { createCcClient } from '../../../shared/contract';
import { CSRF_COOKIE, CSRF_HEADER } from '../../contact-center/auth/csrf';
import { readCookie } from '../../http/cookies';
import type { ServiceContext } from '../../service';

/**
 * The pages are clients of the contact-center API like any other: they call it over HTTP with
 * the visitor's own session, as the page itself would (from this origin, with the session's
 * CSRF token), so they see and may do exactly what the agent may.
 */
export const pageCcClient = (context: ServiceContext, req: Request) =>
  createCcClient({
    baseUrl: context.selfUrl(),
    headers: { cookie: req.headers.cookie ?? '', origin: context.selfUrl(), [CSRF_HEADER]: readCookie(req, CSRF_COOKIE) ?? '' },
  });
