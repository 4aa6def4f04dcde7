import { jsonOf } from '../../../shared/adapters/http/readJson';

/** One request inside a batch, as the console's Test buttons show it under the batch. */
export interface RecordedPart {
  method: string;
  url: string;
  status?: number;
  ms?: number;
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : []);

/**
 * The requests a batch body carries: ServiceNow's Batch API (`rest_requests`, paths on the
 * instance) and Salesforce's Composite Batch (`batchRequests`, paths under /services/data/) and
 * Composite (`compositeRequest`). Their bodies hold no credentials: the batch's headers do.
 */
export function partsOf(url: string, body: unknown): { parts: RecordedPart[]; ids: string[] } | undefined {
  if (typeof body !== 'string' || !body.startsWith('{')) return undefined;
  const json = jsonOf(body) as Json | undefined;
  if (!json) return undefined;
  const origin = new URL(url).origin;
  const items = list(json.rest_requests ?? json.compositeRequest);
  if (items.length) return { parts: items.map((i) => ({ method: String(i.method), url: `${origin}${String(i.url)}` })), ids: items.map((i) => String(i.id ?? i.referenceId)) };
  const batch = list(json.batchRequests);
  const path = (url: unknown) => `${origin}/services/data/${String(url).replace(/^\/?(services\/data\/)?/, '')}`;
  if (batch.length) return { parts: batch.map((i) => ({ method: String(i.method ?? 'GET'), url: path(i.url) })), ids: [] };
  return undefined;
}

/** Each part's status (and ServiceNow's time per item, found by the item's id) from the batch's answer. */
export function answerParts(parts: RecordedPart[], ids: string[], answer: unknown): void {
  const json = (answer ?? {}) as Json;
  const serviced = list(json.serviced_requests);
  if (serviced.length) {
    const byId = new Map(serviced.map((s) => [String(s.id), s]));
    for (const [i, part] of parts.entries()) {
      const item = byId.get(ids[i]);
      if (item) Object.assign(part, { status: Number(item.status_code), ms: Number(item.execution_time) });
    }
    return;
  }
  const results = list(json.results ?? json.compositeResponse);
  for (const [i, part] of parts.entries()) {
    const status = results[i]?.statusCode ?? results[i]?.httpStatusCode;
    if (typeof status === 'number') part.status = status;
  }
}
