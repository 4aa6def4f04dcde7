import express, { type RequestHandler, type Response } from 'express';
import { refuseDeepJson } from '../../http/jsonDepth';
import { authenticate } from '../auth';
import type { Database } from '../data/database';
import { notAuthenticated, sendError, SnError } from '../errors';
import { rolesOf } from '../security/roles';
import { noSuchResource } from './requestErrors';

export interface Locals {
  userName: string;
  roles: ReadonlySet<string>;
  table: string;
}
export const locals = (res: Response) => res.locals as Locals;

export const versionCheck: RequestHandler = (req, res, next) => {
  const version = req.params.version;
  if (version !== undefined && version !== 'v1' && version !== 'v2') return sendError(res, noSuchResource());
  next();
};

/** Basic auth or the session cookie; the user's roles ride along for the ACLs. */
export function requireUser(db: Database): RequestHandler {
  return (req, res, next) => {
    authenticate(req, db).then((userName) => {
      if (!userName) return sendError(res, notAuthenticated());
      Object.assign(res.locals, { userName, roles: rolesOf(db, userName) });
      next();
    }, next);
  };
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * The REST APIs read JSON bodies (and XML, which this emulation does not speak); any other
 * body type is refused with 415 before it is parsed, so a cross-site `text/plain` or form
 * post cannot write. A body without a Content-Type is read as JSON, the APIs' default.
 * https://www.servicenow.com/docs/r/api-reference/rest-api-explorer/c_RESTAPI.html
 */
export const jsonOnly: RequestHandler = (req, res, next) => {
  const type = req.get('content-type')?.split(';')[0].trim() ?? '';
  const hasBody = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
  if (hasBody && type !== '' && !JSON_TYPE.test(type)) {
    return sendError(res, new SnError(415, 'Unsupported Media Type', `Content-Type '${type}' is not supported; send application/json`));
  }
  next();
};

export const jsonBody: RequestHandler[] = [jsonOnly, express.json({ limit: '10mb', type: () => true, verify: refuseDeepJson })];
