import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { refuseDeepJson, TOO_DEEP } from '../../http/jsonDepth';
import { claimsOf } from '../auth/bearer';
import type { DynamicsData } from '../data/namespace';
import { countRows, createRecord, listRows } from './collection';
import type { WebApiEnv } from './env';
import { ODataError, sendError } from './errors';
import { parseKey } from './keys';
import { entityDefinitions, whoAmI } from './metadata';
import { deleteRecord, retrieveRecord, upsertRecord } from './record';

/**
 * The Web API at `/api/data/v9.x/`: entity sets, single records by key or alternate key,
 * `$count`, EntityDefinitions and WhoAmI.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/overview
 */
export function webApiRouter(env: WebApiEnv, data: () => DynamicsData, requireToken: RequestHandler): Router {
  const router = Router();
  const json = express.json({ limit: '10mb', type: ['application/json', 'application/*+json'], verify: refuseDeepJson });
  router.use('/api/data/:version', checkVersion, requireToken, json, async (req, res) => {
    const segments = splitPath(req.path);
    const [first, ...rest] = segments;
    const open = first.indexOf('(');
    const name = open < 0 ? first : first.slice(0, open);
    if (open >= 0 && !first.endsWith(')')) throw ODataError.badQuery(`Syntax error at position ${first.length} in '${first}'.`);
    const key = open < 0 ? undefined : first.slice(open + 1, -1);
    if (name === 'WhoAmI' && (key === undefined || key === '') && rest.length === 0 && req.method === 'GET') return whoAmI(data(), req, res, claimsOf(res.locals).appid);
    if (name === 'EntityDefinitions' && req.method === 'GET') return entityDefinitions(env, req, res, key, rest.join('/'));
    const entity = env.registry.bySetName(name);
    if (!entity) throw ODataError.noSegment(name || first);
    if (key === undefined) {
      if (rest.length === 1 && rest[0] === '$count' && req.method === 'GET') return countRows(env, req, res, entity);
      if (rest.length > 0) throw ODataError.noSegment(rest[0]);
      if (req.method === 'GET') return listRows(env, req, res, entity);
      if (req.method === 'POST') return createRecord(env, req, res, entity);
      throw notAllowed(req);
    }
    if (rest.length > 0) throw ODataError.noSegment(rest[0]);
    const parsed = parseKey(entity, key);
    if (req.method === 'GET') return retrieveRecord(env, req, res, entity, parsed);
    if (req.method === 'PATCH') return upsertRecord(env, req, res, entity, parsed);
    if (req.method === 'DELETE') return deleteRecord(env, req, res, entity, parsed);
    throw notAllowed(req);
  });
  router.use('/api/data', webApiErrors);
  return router;
}

const checkVersion: RequestHandler = (req, res, next) => {
  if (!['v9.0', 'v9.1', 'v9.2'].includes(String(req.params.version))) return sendError(res, ODataError.noSegment(String(req.params.version)));
  next();
};

const notAllowed = (req: Request) => new ODataError(405, '0x80060888', `The requested resource does not support http method '${req.method}'.`);

/** `/contacts(…)/x` -> [`contacts(…)`, `x`], percent-decoded; quotes inside keys may hold slashes. */
function splitPath(path: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw ODataError.badQuery(`The URL '${path}' is not valid.`);
  }
  const segments: string[] = [];
  let quoted = false;
  let start = 1;
  for (let i = 1; i <= decoded.length; i++) {
    if (decoded[i] === "'") quoted = !quoted;
    if (i === decoded.length || (decoded[i] === '/' && !quoted)) {
      segments.push(decoded.slice(start, i));
      start = i + 1;
    }
  }
  return segments.filter((s, i) => s !== '' || i === 0);
}

/** Every failure leaves in the Web API's error shape; only a real fault is a 500. */
const webApiErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof ODataError) return sendError(res, error);
  const { type, status, message } = (error ?? {}) as { type?: string; status?: number; message?: string };
  if (type === 'entity.parse.failed') return sendError(res, ODataError.badQuery(`Invalid JSON. ${message}`));
  if (type === TOO_DEEP) return sendError(res, ODataError.badQuery(String(message)));
  if (type === 'entity.too.large') return sendError(res, new ODataError(413, '0x80060888', 'The request is larger than the maximum allowed size.'));
  if (typeof status === 'number' && status >= 400 && status < 500) return sendError(res, new ODataError(status, '0x80060888', String(message)));
  console.error(`[dynamics] ${req.method} ${req.originalUrl}:`, error);
  sendError(res, new ODataError(500, '0x80040216', 'An unexpected error occurred.'));
};
