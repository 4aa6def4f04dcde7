import type { SalesforceApi } from './api';
import { salesforceError } from './errors';

interface BatchAnswer {
  hasErrors: boolean;
  results: { statusCode: number; result: unknown }[];
}

/**
 * Independent reads (a SOSL search, SOQL queries) in one Composite Batch request: one round trip,
 * each subrequest answered with its own status and body, in the order asked. Query and Search are
 * among the resources a batch may hold (API 34.0 and later).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_batch.htm
 */
export async function getMany(api: SalesforceApi, paths: string[]): Promise<unknown[]> {
  if (paths.length < 2) return Promise.all(paths.map((path) => api.call(path)));
  const batchRequests = paths.map((path) => ({ method: 'GET', url: `v${api.apiVersion}${path}` }));
  // Reads only: sending the batch again is safe.
  const answer = await api.call<BatchAnswer>('/composite/batch', { method: 'POST', body: { batchRequests }, retryable: true });
  return answer.results.map(({ statusCode, result }) => {
    if (statusCode >= 400) throw salesforceError(statusCode, result);
    return result;
  });
}
