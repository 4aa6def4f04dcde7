import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { authenticate } from '../auth';
import type { Database } from '../data/database';
import { badRequest, invalidTable, noRecord, notAuthenticated, SnError, sendError } from '../errors';
import { runQuery } from '../query/run';
import { renderRecord } from '../records/render';
import { deleteRecord, insertRecord, updateRecord, type WriteContext } from '../records/write';
import { findTable } from '../schema';
import { paginationLinks } from './links';
import { inputDisplayValue, listQuery, noResponseBody, page, renderOptions, requestOrigin, suppressPagination } from './params';

export interface TableApiDeps {
  db: Database;
  /** Persists the namespace; awaited before a write is answered. */
  save(): Promise<void>;
}

type Locals = { userName: string; table: string };
const locals = (res: Response) => res.locals as Locals;

/**
 * The Table API: /api/now/table/{tableName}[/{sys_id}], also under /api/now/v1 and /v2.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
export function createTableRouter({ db, save }: TableApiDeps): Router {
  const router = Router();
  const api = Router({ mergeParams: true });
  router.use(['/api/now/table', '/api/now/:version/table'], versionCheck, requireUser(db), express.json({ limit: '10mb' }), api);

  api.param('table', (req, res, next, table: string) => {
    if (!findTable(table)) return sendError(res, invalidTable(table));
    locals(res).table = table;
    next();
  });

  api.get('/:table', (req, res) => {
    const { table } = locals(res);
    const requested = page(req);
    const { total, records } = runQuery(db, table, listQuery(req, table), requested);
    if (total === 0 && (req.params as Record<string, string>).version === 'v1') return sendError(res, noRecord());
    res.set('X-Total-Count', String(total));
    if (!suppressPagination(req)) res.set('Link', paginationLinks(req, requested, total));
    const options = renderOptions(req);
    res.json({ result: records.map((record) => renderRecord(db, table, record, options)) });
  });

  api.get('/:table/:sysId', (req, res) => {
    const { table } = locals(res);
    const record = db.get(table, String(req.params.sysId));
    if (!record) return sendError(res, noRecord());
    res.json({ result: renderRecord(db, table, record, renderOptions(req)) });
  });

  api.post('/:table', async (req, res) => {
    const { table } = locals(res);
    const record = insertRecord(writeContext(req, res), table, req.body);
    await save();
    res.status(201).set('Location', `${requestOrigin(req)}/api/now/table/${table}/${record.sys_id}`);
    answerWrite(req, res, table, record);
  });

  const update: RequestHandler = async (req, res) => {
    const { table } = locals(res);
    const record = updateRecord(writeContext(req, res), table, String(req.params.sysId), req.body);
    await save();
    answerWrite(req, res, table, record);
  };
  api.put('/:table/:sysId', update);
  api.patch('/:table/:sysId', update);

  api.delete('/:table/:sysId', async (req, res) => {
    deleteRecord(writeContext(req, res), locals(res).table, String(req.params.sysId));
    await save();
    res.status(204).end();
  });

  // Paths and methods the Table API lacks (POST on a record, nested paths).
  api.use((_req, res) => sendError(res, badRequest('Requested URI does not represent any resource', null)));
  router.use(['/api/now/table', '/api/now/:version/table'], vendorErrors);
  return router;

  function answerWrite(req: Request, res: Response, table: string, record: Record<string, string>) {
    if (noResponseBody(req)) return void res.end();
    res.json({ result: renderRecord(db, table, record, renderOptions(req)) });
  }

  function writeContext(req: Request, res: Response): WriteContext {
    return { db, userName: locals(res).userName, inputDisplayValue: inputDisplayValue(req) };
  }
}

const versionCheck: RequestHandler = (req, res, next) => {
  const version = req.params.version;
  if (version !== undefined && version !== 'v1' && version !== 'v2') return sendError(res, badRequest('Requested URI does not represent any resource', null));
  next();
};

function requireUser(db: Database): RequestHandler {
  return (req, res, next) => {
    const userName = authenticate(req, db.data);
    if (!userName) return sendError(res, notAuthenticated());
    res.locals.userName = userName;
    next();
  };
}

/** Every failure leaves in ServiceNow's shape; broken JSON is a 400 as the instance answers it. */
const vendorErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof SnError) return sendError(res, error);
  if (error?.type === 'entity.parse.failed') return sendError(res, badRequest('Exception while reading request', 'The payload is not valid JSON.'));
  if (error?.type === 'entity.too.large') return sendError(res, new SnError(413, 'Request entity too large', null));
  if (typeof error?.status === 'number' && error.status < 500) return sendError(res, new SnError(error.status, String(error.message), null));
  console.error(`[servicenow] ${req.method} ${req.originalUrl}:`, error);
  sendError(res, new SnError(500, 'Internal server error', null));
};
