import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { refuseDeepJson } from '../../http/jsonDepth';
import { authenticate } from '../auth';
import type { Database } from '../data/database';
import { invalidTable, noRecord, notAuthenticated, sendError } from '../errors';
import { runQuery } from '../query/run';
import { renderRecord } from '../records/render';
import { deleteRecord, insertRecord, updateRecord, type WriteContext } from '../records/write';
import { findTable } from '../schema';
import { paginationLinks } from './links';
import { noSuchResource, unknownResource, vendorErrors } from './requestErrors';
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
  router.use(['/api/now/table', '/api/now/:version/table'], versionCheck, requireUser(db), express.json({ limit: '10mb', verify: refuseDeepJson }), api);

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
  api.use(unknownResource);
  // Other REST APIs of the instance are not emulated: their URIs represent no resource here.
  router.use('/api/now', requireUser(db), unknownResource);
  router.use('/api/now', vendorErrors);
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
  if (version !== undefined && version !== 'v1' && version !== 'v2') return sendError(res, noSuchResource());
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
