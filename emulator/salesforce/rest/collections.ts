import { Router, type Request, type Response } from 'express';
import { sessionOf } from '../auth/sessions';
import { fail, SalesforceError, sendError } from '../http/errors';
import { isRecordBody } from '../http/body';
import { to18 } from '../ids/salesforceId';
import type { Applied, RecordService } from '../records/recordService';
import { pickFields, toRest } from './serialize';

/**
 * sObject Collections: up to 200 records per call; each result is `{id, success, errors}`
 * with errors as `{statusCode, message, fields}`. With allOrNone, one failure rolls all
 * back and the others report ALL_OR_NONE_OPERATION_ROLLED_BACK.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
 */
type Outcome = { id: string | null; success: boolean; errors: { statusCode: string; message: string; fields: string[] }[] };

const MAX = 200;
const ROLLED_BACK = { statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] };

function toOutcome(error: unknown, id: string | null): Outcome {
  if (!(error instanceof SalesforceError)) throw error;
  return { id, success: false, errors: error.errors.map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields })) };
}

/** Runs each write; with allOrNone, undoes the successful ones when any failed. */
export function runBatch<T>(items: T[], allOrNone: boolean, write: (item: T) => Applied, idOf: (item: T) => string | null): Outcome[] {
  const applied: (Applied | undefined)[] = [];
  const outcomes = items.map((item) => {
    try {
      const done = write(item);
      applied.push(done);
      return { id: done.id, success: true, errors: [] } as Outcome;
    } catch (error) {
      applied.push(undefined);
      return toOutcome(error, idOf(item));
    }
  });
  if (!allOrNone || outcomes.every((o) => o.success)) return outcomes;
  for (const done of [...applied].reverse()) done?.undo();
  return outcomes.map((o) => (o.success ? { id: null, success: false, errors: [ROLLED_BACK] } : o));
}

export function collectionsRouter(records: RecordService, save: () => Promise<void>): Router {
  const router = Router({ mergeParams: true });
  const recordsOf = (req: Request): Record<string, unknown>[] => {
    const list = isRecordBody(req.body) ? req.body.records : undefined;
    if (!Array.isArray(list) || !list.every(isRecordBody)) throw fail(400, 'JSON_PARSER_ERROR', 'The request body must have a records array');
    if (list.length > MAX) throw fail(400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX} records into this call`);
    return list as Record<string, unknown>[];
  };
  const typeOf = (record: Record<string, unknown>) => {
    const type = (record.attributes as { type?: string } | undefined)?.type;
    if (!type) throw fail(400, 'INVALID_TYPE', 'Must send a concrete entity type.');
    return type;
  };
  const respond = async (res: Response, action: () => Outcome[] | Promise<Outcome[]>) => {
    try {
      const outcomes = await action();
      await save();
      res.json(outcomes);
    } catch (error) {
      sendError(res, error);
    }
  };
  const allOrNone = (value: unknown) => value === true || value === 'true';

  router.post('/composite/sobjects', (req, res) => respond(res, () => {
    const list = recordsOf(req);
    const userId = sessionOf(res.locals).userId;
    return runBatch(list, allOrNone(req.body.allOrNone), (r) => records.create(typeOf(r), r, userId), () => null);
  }));

  router.patch('/composite/sobjects', (req, res) => respond(res, () => {
    const list = recordsOf(req);
    const userId = sessionOf(res.locals).userId;
    return runBatch(list, allOrNone(req.body.allOrNone), (r) => {
      // Field names are case-insensitive: the record is found by `id` (or `Id`); a second spelling is a value to check.
      const key = 'id' in r ? 'id' : 'Id';
      const { [key]: id, ...values } = r;
      return records.update(typeOf(r), records.find(typeOf(r), String(id ?? '')).Id, values, userId);
    }, (r) => (to18(r.id ?? r.Id) ?? null));
  }));

  router.delete('/composite/sobjects', (req, res) => respond(res, () => {
    const ids = String(req.query.ids ?? '').split(',').filter(Boolean);
    if (ids.length > MAX) throw fail(400, 'EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX} records into this call`);
    const userId = sessionOf(res.locals).userId;
    return runBatch(ids, allOrNone(req.query.allOrNone), (id) => records.remove(undefined, id, userId), (id) => (to18(id) ?? null));
  }));

  const retrieve = (req: Request, res: Response, ids: unknown, fieldList: unknown) => {
    try {
      const schema = records.schemaOf(req.params.object as string);
      const fields = pickFields(schema, Array.isArray(fieldList) ? fieldList.join(',') : fieldList);
      if (!fields) throw fail(400, 'MISSING_ARGUMENT', 'fields parameter is required');
      const list = Array.isArray(ids) ? ids.map(String) : String(ids ?? '').split(',').filter(Boolean);
      const version = (req.params as Record<string, string>).version;
      res.json(list.map((id) => {
        try {
          return toRest(version, schema, records.find(schema.name, id), fields);
        } catch {
          return null;
        }
      }));
    } catch (error) {
      sendError(res, error);
    }
  };
  router.get('/composite/sobjects/:object', (req, res) => retrieve(req, res, req.query.ids, req.query.fields));
  router.post('/composite/sobjects/:object', (req, res) => retrieve(req, res, req.body?.ids, req.body?.fields));
  return router;
}
