import { Router, type Request } from 'express';
import type { AsCaller } from './asCaller';
import { sessionOf } from '../auth/sessions';
import { fail, SalesforceError, sendError, sfError } from '../http/errors';
import { isRecordBody } from '../http/body';
import type { Applied, RecordService } from '../records/recordService';
import { pickFields, toRest } from './serialize';

/**
 * Composite: up to 25 subrequests in order, later ones using earlier results through
 * `@{referenceId.path}`. Record writes run in-process so allOrNone can roll them back;
 * other resources (query, search) go through the app in-process.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite.htm
 */
interface SubRequest { method: string; url: string; referenceId: string; body?: unknown }
interface SubResponse { body: unknown; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string }

const HALTED = sfError('PROCESSING_HALTED', 'The transaction was rolled back since another operation in the same transaction failed.');
const SOBJECT_URL = /^\/services\/data\/(v\d+\.0)\/sobjects\/(\w+)(?:\/(\w+))?(?:\?(.*))?$/;

function resolvePath(value: unknown, path: string): unknown {
  return path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').reduce<unknown>((at, key) => (at == null ? undefined : (at as Record<string, unknown>)[key]), value);
}

/** Replaces `@{ref.path}` in a string or JSON body with earlier results; unknown references fail the subrequest. */
function substitute<T>(value: T, results: Map<string, unknown>): T {
  const text = JSON.stringify(value ?? null).replace(/@\{([A-Za-z0-9_]+)\.([^}]+)\}/g, (_m, ref: string, path: string) => {
    const found = results.has(ref) ? resolvePath(results.get(ref), path) : undefined;
    if (found === undefined) throw fail(400, 'INVALID_REFERENCE', `Invalid reference specified. No value for ${ref}.${path} found in ${ref}.`);
    return JSON.stringify(String(found)).slice(1, -1);
  });
  return JSON.parse(text) as T;
}

export function compositeRouter(records: RecordService, save: () => Promise<void>, asCaller: AsCaller): Router {
  const router = Router({ mergeParams: true });

  const runInProcess = (sub: SubRequest, userId: string, applied: Applied[]): SubResponse | undefined => {
    const match = SOBJECT_URL.exec(sub.url);
    if (!match) return undefined;
    const [, version, object, id, query] = match;
    const method = sub.method.toUpperCase();
    const reply = (httpStatusCode: number, body: unknown) => ({ body, httpHeaders: {}, httpStatusCode, referenceId: sub.referenceId });
    if (method === 'POST' && !id) {
      const done = records.create(object, isRecordBody(sub.body) ? sub.body : {}, userId);
      applied.push(done);
      return { ...reply(201, { id: done.id, success: true, errors: [] }), httpHeaders: { Location: `/services/data/${version}/sobjects/${object}/${done.id}` } };
    }
    if (!id) return undefined;
    const schema = records.schemaOf(object);
    if (method === 'GET') return reply(200, toRest(version, schema, records.find(schema.name, id), pickFields(schema, new URLSearchParams(query ?? '').get('fields'))));
    if (method === 'PATCH') applied.push(records.update(schema.name, records.find(schema.name, id).Id, isRecordBody(sub.body) ? sub.body : {}, userId));
    else if (method === 'DELETE') applied.push(records.remove(schema.name, records.find(schema.name, id).Id, userId));
    else return undefined;
    return reply(204, null);
  };

  const runRemote = async (sub: SubRequest, req: Request): Promise<SubResponse> => {
    const method = sub.method.toUpperCase();
    const response = await asCaller(req, method, sub.url, sub.body === undefined || method === 'GET' ? undefined : JSON.stringify(sub.body));
    return { body: response.body, httpHeaders: {}, httpStatusCode: response.status, referenceId: sub.referenceId };
  };

  router.post('/composite', async (req, res) => {
    try {
      const list = isRecordBody(req.body) ? req.body.compositeRequest : undefined;
      if (!Array.isArray(list) || list.length === 0) throw fail(400, 'JSON_PARSER_ERROR', 'compositeRequest must be a non-empty array');
      if (list.length > 25) throw fail(400, 'LIMIT_EXCEEDED', 'Composite request limited to 25 subrequests');
      const allOrNone = req.body.allOrNone === true;
      const userId = sessionOf(res.locals).userId;
      const applied: Applied[] = [];
      const results = new Map<string, unknown>();
      const responses: SubResponse[] = [];
      let failed = false;
      for (const raw of list as SubRequest[]) {
        if (failed && allOrNone) {
          responses.push({ body: [HALTED], httpHeaders: {}, httpStatusCode: 400, referenceId: raw.referenceId });
          continue;
        }
        let response: SubResponse;
        try {
          const sub = { ...raw, url: substitute(raw.url, results), body: substitute(raw.body, results) };
          response = runInProcess(sub, userId, applied) ?? (await runRemote(sub, req));
        } catch (error) {
          if (!(error instanceof SalesforceError)) throw error;
          response = { body: error.errors, httpHeaders: {}, httpStatusCode: error.status, referenceId: raw.referenceId };
        }
        if (response.httpStatusCode >= 400) failed = true;
        else results.set(raw.referenceId, response.body);
        responses.push(response);
      }
      if (failed && allOrNone) {
        for (const done of applied.reverse()) done.undo();
        for (const r of responses) if (r.httpStatusCode < 400) Object.assign(r, { body: [HALTED], httpStatusCode: 400, httpHeaders: {} });
      }
      await save();
      res.json({ compositeResponse: responses });
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
