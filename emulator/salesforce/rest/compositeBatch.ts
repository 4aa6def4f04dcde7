import { Router } from 'express';
import type { AsCaller } from './asCaller';
import { isRecordBody } from '../http/body';
import { fail } from '../http/errors';

/**
 * Composite Batch: up to 25 independent subrequests, run in order in-process with the caller's
 * session; `haltOnError` answers the rest 412 BATCH_PROCESSING_HALTED.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_batch.htm
 */
interface BatchRequest { method?: string; url?: string; richInput?: unknown }

const HALTED = [{ errorCode: 'BATCH_PROCESSING_HALTED', message: 'Batch processing halted per request' }];

export function compositeBatchRouter(asCaller: AsCaller): Router {
  const router = Router({ mergeParams: true });
  router.post('/composite/batch', async (req, res) => {
    const list = isRecordBody(req.body) ? req.body.batchRequests : undefined;
    if (!Array.isArray(list) || list.length === 0) throw fail(400, 'JSON_PARSER_ERROR', 'batchRequests must be a non-empty array');
    if (list.length > 25) throw fail(400, 'LIMIT_EXCEEDED', 'A batch cannot contain more than 25 requests');
    const haltOnError = req.body.haltOnError === true;
    const results: { statusCode: number; result: unknown }[] = [];
    let failed = false;
    for (const sub of list as BatchRequest[]) {
      if (failed && haltOnError) {
        results.push({ statusCode: 412, result: HALTED });
        continue;
      }
      const method = String(sub.method ?? 'GET').toUpperCase();
      const url = String(sub.url ?? '').replace(/^\/?(services\/data\/)?/, '');
      const response = await asCaller(req, method, `/services/data/${url}`, method === 'GET' || method === 'DELETE' || sub.richInput === undefined ? undefined : JSON.stringify(sub.richInput));
      if (response.status >= 400) failed = true;
      results.push({ statusCode: response.status, result: response.body });
    }
    res.json({ hasErrors: failed, results });
  });
  return router;
}
