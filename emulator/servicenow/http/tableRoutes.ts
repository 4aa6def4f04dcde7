import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Database } from '../data/database';
import { invalidTable, noRecord, sendError, SnError } from '../errors';
import { runQuery } from '../query/run';
import { prepareBody } from '../records/prepareBody';
import { renderRecord, type RenderOptions } from '../records/render';
import { userTimeZone } from '../records/timeZone';
import { deleteRecord, insertRecord, updateRecord, type WriteContext } from '../records/write';
import { findTable, READ_ONLY_TABLES } from '../schema';
import { aclRefused, canTable, type Operation } from '../security/acl';
import { checkQueryReadable, readableField } from '../security/readable';
import { paginationLinks } from './links';
import { jsonBody, locals } from './middleware';
import { inputDisplayValue, listQuery, noCount, noResponseBody, page, renderOptions, requestOrigin, suppressPagination, view } from './params';
import { unknownResource } from './requestErrors';

/** 403 for a write to the dictionary: the emulator's schema is its code, not rows a client may change. */
const readOnlyTable = (table: string) =>
  new SnError(403, 'Operation Failed', `ACL Exception: ${table} is read-only in the emulator; tables and fields are defined in emulator/servicenow/schema`);

export interface TableApiDeps {
  db: Database;
  /** Persists the namespace; awaited before a write is answered. */
  save(): Promise<void>;
}

/** How a record is shown to this request's user: their time zone, their readable fields, the view. */
export function renderFor(db: Database, req: Request, res: Response): RenderOptions {
  const { userName, roles } = locals(res);
  return { ...renderOptions(req), timeZone: userTimeZone(db, userName), view: view(req), readable: readableField(roles) };
}

export function writeContextFor(db: Database, req: Request, res: Response): WriteContext {
  const { userName } = locals(res);
  return { db, userName, inputDisplayValue: inputDisplayValue(req), timeZone: userTimeZone(db, userName) };
}

/**
 * The Table API: /api/now/table/{tableName}[/{sys_id}], also under /api/now/v1 and /v2.
 * sysparm_query_category (which read replica answers) has no effect on one in-memory store.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_TableAPI.html
 */
export function createTableRoutes({ db, save }: TableApiDeps): Router {
  const api = Router({ mergeParams: true });
  api.use(jsonBody);

  api.param('table', (req, res, next, table: string) => {
    if (!findTable(table)) return sendError(res, invalidTable(table));
    if (READ_ONLY_TABLES.has(table) && req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, readOnlyTable(table));
    locals(res).table = table;
    next();
  });

  const allowed = (res: Response, operation: Operation) => canTable(locals(res).roles, locals(res).table, operation);

  api.get('/:table', (req, res) => {
    const { table, roles } = locals(res);
    const requested = page(req);
    const query = listQuery(req, table);
    checkQueryReadable(roles, table, query);
    // Rows a read ACL hides are left out, as GlideRecordSecure leaves them out.
    const { total, records } = allowed(res, 'read') ? runQuery(db, table, query, requested) : { total: 0, records: [] };
    if (total === 0 && (req.params as Record<string, string>).version === 'v1') return sendError(res, noRecord());
    const counted = !noCount(req);
    if (counted) res.set('X-Total-Count', String(total));
    const links = suppressPagination(req) ? undefined : paginationLinks(req, requested, counted ? total : undefined, records.length);
    if (links) res.set('Link', links);
    const options = renderFor(db, req, res);
    res.json({ result: records.map((record) => renderRecord(db, table, record, options)) });
  });

  api.get('/:table/:sysId', (req, res) => {
    const { table } = locals(res);
    const record = allowed(res, 'read') ? db.get(table, String(req.params.sysId)) : undefined;
    if (!record) return sendError(res, noRecord());
    res.json({ result: renderRecord(db, table, record, renderFor(db, req, res)) });
  });

  api.post('/:table', async (req, res) => {
    const { table, roles } = locals(res);
    if (!allowed(res, 'create')) return sendError(res, aclRefused('create'));
    const record = insertRecord(writeContextFor(db, req, res), table, await prepareBody(table, req.body, roles));
    await save();
    res.status(201).set('Location', `${requestOrigin(req)}/api/now/table/${table}/${record.sys_id}`);
    answerWrite(req, res, table, record);
  });

  const update: RequestHandler = async (req, res) => {
    const { table, roles } = locals(res);
    if (!db.get(table, String(req.params.sysId))) return sendError(res, noRecord());
    if (!allowed(res, 'write')) return sendError(res, aclRefused('write'));
    const record = updateRecord(writeContextFor(db, req, res), table, String(req.params.sysId), await prepareBody(table, req.body, roles));
    await save();
    answerWrite(req, res, table, record);
  };
  api.put('/:table/:sysId', update);
  api.patch('/:table/:sysId', update);

  api.delete('/:table/:sysId', async (req, res) => {
    if (!db.get(locals(res).table, String(req.params.sysId))) return sendError(res, noRecord());
    if (!allowed(res, 'delete')) return sendError(res, aclRefused('delete'));
    deleteRecord(writeContextFor(db, req, res), locals(res).table, String(req.params.sysId));
    await save();
    res.status(204).end();
  });

  // Paths and methods the Table API lacks (POST on a record, nested paths).
  api.use(unknownResource);
  return api;

  function answerWrite(req: Request, res: Response, table: string, record: Record<string, string>) {
    if (noResponseBody(req)) return void res.end();
    res.json({ result: renderRecord(db, table, record, renderFor(db, req, res)) });
  }
}
