import type { Request, RequestHandler, Response } from 'express';
import { SESSION_COOKIE, sessionAgent as liveSessionAgent } from '../../contact-center/auth/sessions';
import { openContactCenterData, type AgentRecord } from '../../contact-center/data';
import { readCookie } from '../../http/cookies';
import type { ServiceContext } from '../../service';

/** The signed-in agent of a page request, or undefined. */
export function sessionAgent(context: ServiceContext, req: Request): AgentRecord | undefined {
  return liveSessionAgent(openContactCenterData(context.store), readCookie(req, SESSION_COOKIE));
}

/**
 * Local pages sign in as a real org does: an unauthenticated visit goes to the login
 * form, which returns to the page afterwards (`startURL`, as Salesforce's login does).
 */
export function requirePageSession(context: ServiceContext): RequestHandler {
  return (req, res, next) => {
    const agent = sessionAgent(context, req);
    if (!agent) return res.redirect(302, `/login?startURL=${encodeURIComponent(req.originalUrl)}`);
    res.locals.pageAgent = agent;
    next();
  };
}

export const pageAgent = (res: Response) => res.locals.pageAgent as AgentRecord;
