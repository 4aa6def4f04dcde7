/**
 * The Batch API's request and answer (https://www.servicenow.com/docs/r/api-reference/rest-apis/batch-api.html):
 * `POST /api/now/v1/batch` with `rest_requests` (id, method, url on the instance, headers), answered with
 * `serviced_requests` (each body Base64-encoded, with its own status) and the ids left `unserviced_requests`
 * when the batch reached a size or time limit. Every item runs as the batch's user: one authentication.
 */

export interface BatchItem {
  id: string;
  method: 'GET';
  /** A path on the instance, query string included: `/api/now/table/csm_consumer?sysparm_query=...`. */
  url: string;
}

/** How one item was answered: its status and its body as JSON (undefined when empty or not JSON). */
export interface BatchAnswer {
  status: number;
  body: unknown;
}

export const BATCH_PATH = '/api/now/v1/batch';

/** Statuses that say the instance does not serve the Batch API (an older release, the plugin missing, the caller's role). */
export const isBatchRefusal = (status: number) => status === 400 || status === 403 || status === 404;

export function batchBody(items: BatchItem[]) {
  return {
    batch_request_id: '1',
    // Only the bodies are read: the answer is shorter without each item's headers.
    rest_requests: items.map((item) => ({ ...item, headers: [{ name: 'Accept', value: 'application/json' }], exclude_response_headers: true })),
  };
}

/** Each item's answer by id; an id missing from the map was left unserviced. */
export function batchAnswers(json: unknown): Map<string, BatchAnswer> {
  const serviced = (json as { serviced_requests?: { id?: unknown; status_code?: unknown; body?: unknown }[] } | undefined)?.serviced_requests;
  const answers = new Map<string, BatchAnswer>();
  for (const entry of Array.isArray(serviced) ? serviced : []) {
    if (typeof entry.id !== 'string' || typeof entry.status_code !== 'number') continue;
    answers.set(entry.id, { status: entry.status_code, body: typeof entry.body === 'string' ? decodedJson(entry.body) : undefined });
  }
  return answers;
}

/** Base64 to UTF-8 text to JSON with what both the browser and Node have. */
function decodedJson(base64: string): unknown {
  if (!base64) return undefined;
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
