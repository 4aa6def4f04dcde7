import { Router } from 'express';
import { statsRequest } from '../aggregate/params';
import { AGGREGATES, runStats } from '../aggregate/stats';
import type { Database } from '../data/database';
import { invalidTable, sendError, SnError } from '../errors';
import { runQuery } from '../query/run';
import { userTimeZone } from '../records/timeZone';
import { findTable } from '../schema';
import { canTable } from '../security/acl';
import { checkQueryReadable } from '../security/readable';
import { locals } from './middleware';
import { listQuery } from './params';
import { unknownResource } from './requestErrors';

/**
 * The Aggregate API: GET /api/now/stats/{tableName}. A user who may not read the table is
 * refused with 403, as the documentation says of ACLs on Aggregate requests.
 * X-Total-Count is the number of entries in `result`'s list when grouped, else the
 * number of rows the query matched.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/c_AggregateAPI.html
 */
export function createStatsRoutes(db: Database): Router {
  const api = Router({ mergeParams: true });
  api.get('/:table', (req, res) => {
    const table = String(req.params.table);
    if (!findTable(table)) return sendError(res, invalidTable(table));
    const { roles, userName } = locals(res);
    if (!canTable(roles, table, 'read')) return sendError(res, new SnError(403, 'Insufficient rights to query records', null));
    const request = statsRequest(req, userTimeZone(db, userName));
    const query = listQuery(req, table);
    const named = [...request.groupBy, ...AGGREGATES.flatMap((a) => request.fields[a])].map((field) => [{ field, operator: '=' as const, value: '' }]);
    checkQueryReadable(roles, table, { ...query, groups: [...query.groups, named] });
    const { records } = runQuery(db, table, query, { limit: Number.MAX_SAFE_INTEGER, offset: 0 });
    const result = runStats(db, table, records, request);
    res.set('X-Total-Count', String(Array.isArray(result) ? result.length : records.length));
    res.json({ result: Array.isArray(result) ? result : { stats: result } });
  });
  api.use(unknownResource);
  return api;
}
