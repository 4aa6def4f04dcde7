import { Router, type Request, type Response } from 'express';
import type { Database } from '../data/database';
import { badRequest, invalidTable, noRecord, sendError } from '../errors';
import { loadAndTransform, openImportSet, rowResult } from '../importSet/transform';
import { insertRecord } from '../records/write';
import { isStagingTable } from '../schema/staging';
import { aclRefused, canTable } from '../security/acl';
import { jsonBody, locals } from './middleware';
import { requestOrigin } from './params';
import { unknownResource } from './requestErrors';

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The Import Set API: POST /api/now/import/{stagingTableName} loads one row and answers its
 * transform result; /insertMultiple loads `records` (transformed synchronously here, as a
 * sys_rest_insert_multiple entry set to synchronous does); GET reads a row's outcome.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_ImportSetAPI.html
 */
export function createImportRoutes(db: Database, save: () => Promise<void>): Router {
  const api = Router({ mergeParams: true });
  api.use(jsonBody);

  const staging = (req: Request, res: Response): string | undefined => {
    const table = String(req.params.staging);
    if (!isStagingTable(table)) return void sendError(res, invalidTable(table));
    return table;
  };

  api.get('/:staging/:sysId', (req, res) => {
    const table = staging(req, res);
    if (!table) return;
    const row = canTable(locals(res).roles, table, 'read') ? db.get(table, String(req.params.sysId)) : undefined;
    if (!row) return sendError(res, noRecord());
    res.json(rowResult(db, table, row, requestOrigin(req)));
  });

  api.post('/:staging/insertMultiple', async (req, res) => {
    const table = staging(req, res);
    if (!table) return;
    if (!canTable(locals(res).roles, table, 'create')) return sendError(res, aclRefused('create'));
    const records = asObject(req.body)?.records;
    if (!Array.isArray(records) || records.some((r) => !asObject(r))) return sendError(res, badRequest('Exception while reading request', 'The body must be {"records":[{...}, ...]}'));
    const context = { db, userName: locals(res).userName };
    const multi = insertRecord(context, 'sys_multi_import_set', { source_table: table });
    const importSet = openImportSet(context, table, multi.sys_id);
    records.forEach((record, i) => loadAndTransform(context, table, importSet, record as Record<string, unknown>, i + 1, requestOrigin(req)));
    db.put('sys_import_set', { ...importSet, state: 'processed' });
    await save();
    res.status(201).json({ import_set_id: importSet.sys_id, multi_import_set_id: multi.sys_id });
  });

  api.post('/:staging', async (req, res) => {
    const table = staging(req, res);
    if (!table) return;
    if (!canTable(locals(res).roles, table, 'create')) return sendError(res, aclRefused('create'));
    const body = asObject(req.body);
    if (!body) return sendError(res, badRequest('Exception while reading request', 'The payload is not valid JSON.'));
    const context = { db, userName: locals(res).userName };
    const importSet = openImportSet(context, table);
    const result = loadAndTransform(context, table, importSet, body, 1, requestOrigin(req));
    db.put('sys_import_set', { ...importSet, state: 'processed' });
    await save();
    res.status(201).json({ import_set: importSet.number, staging_table: table, result });
  });

  api.use(unknownResource);
  return api;
}
