import { STATUS_CODES } from 'node:http';
import { Router, type Request, type RequestHandler } from 'express';
import { dispatch } from '../../http/inProcess';
import { badRequest, sendError } from '../errors';
import { jsonBody, locals } from './middleware';
import { unknownResource } from './requestErrors';

interface BatchItem {
  id: string;
  method: string;
  url: string;
  body?: string;
  headers?: { name: string; value: string }[];
  exclude_response_headers?: boolean;
}

/** Documented limits: 5 MB per item in the request, 10 MB per item in the response. */
const MAX_INPUT = 5 * 1024 * 1024;
const MAX_OUTPUT = 10 * 1024 * 1024;

const isItem = (value: unknown): value is BatchItem => {
  const item = value as BatchItem;
  return typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.method === 'string' && typeof item.url === 'string';
};

/**
 * The Batch API: POST /api/now/{version}/batch runs each request in `rest_requests` in
 * order, as the batch's user, and answers their bodies Base64-encoded. An item whose
 * answer passes the output limit stops the batch; it and the rest come back unserviced.
 * https://www.servicenow.com/docs/r/api-reference/rest-apis/batch-api.html
 */
export function createBatchRoutes(serveItem: RequestHandler): Router {
  const api = Router({ mergeParams: true });
  api.use(jsonBody);
  api.post('/', async (req, res) => {
    const { batch_request_id: batchId, rest_requests: items } = (req.body ?? {}) as { batch_request_id?: unknown; rest_requests?: unknown };
    if (!Array.isArray(items) || !items.every(isItem)) {
      return sendError(res, badRequest('Exception while reading request', 'rest_requests must list objects with id, method and url'));
    }
    const requested = Number(req.get('x-batchrequest-max-output-size'));
    const maxOutput = Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_OUTPUT) : MAX_OUTPUT;
    const serviced: unknown[] = [];
    const unserviced: string[] = [];
    for (const item of items) {
      if (unserviced.length > 0) {
        unserviced.push(item.id);
        continue;
      }
      const answer = await run(item, req, serveItem);
      if (answer.bytes > maxOutput) unserviced.push(item.id);
      else serviced.push(answer.entry);
    }
    res.json({ batch_request_id: typeof batchId === 'string' ? batchId : String(batchId ?? ''), serviced_requests: serviced, unserviced_requests: unserviced });
  });
  api.use(unknownResource);
  return api;
}

async function run(item: BatchItem, outer: Request, serveItem: RequestHandler): Promise<{ entry: Record<string, unknown>; bytes: number }> {
  const started = performance.now();
  const fail = (status: number, message: string) => ({
    entry: { id: item.id, body: '', status_code: status, status_text: STATUS_CODES[status] ?? '', headers: [], error_message: message, execution_time: 0 },
    bytes: 0,
  });
  const path = item.url;
  if (!path.startsWith('/api/') || path.startsWith('//')) return fail(400, 'url must be a path on this instance, such as /api/now/table/incident');
  if (/^\/api\/now\/(v\d+\/)?batch\b/.test(path)) return fail(400, 'A batch request cannot contain another batch request');
  const body = item.body ? Buffer.from(item.body, 'base64') : undefined;
  if (body && body.length > MAX_INPUT) return fail(413, 'The request item exceeds the 5 MB input limit');
  const headers: Record<string, string> = {};
  for (const { name, value } of item.headers ?? []) if (typeof name === 'string' && typeof value === 'string') headers[name.toLowerCase()] = value;
  // Every item runs as the batch's user: one authentication for the whole batch.
  for (const name of ['authorization', 'cookie']) {
    const value = outer.get(name);
    if (value) headers[name] = value;
  }
  const { userName, roles } = locals(outer.res!);
  const method = item.method.toUpperCase();
  const response = await dispatch(outer, { method, url: path, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, locals: { userName, roles } }, serveItem);
  const bytes = response.body;
  const entry: Record<string, unknown> = {
    id: item.id,
    body: bytes.toString('base64'),
    status_code: response.status,
    status_text: STATUS_CODES[response.status] ?? '',
    headers: item.exclude_response_headers ? [] : Object.entries(response.headers).map(([name, value]) => ({ name, value })),
    execution_time: Math.round(performance.now() - started),
  };
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400 && location) entry.redirect_url = location;
  return { entry, bytes: bytes.length };
}
