import { jsonOf } from '../../../shared/adapters/http/readJson';
import { answerParts, partsOf, type RecordedPart } from './batchParts';

/** One HTTP request a CRM adapter made, as the console's Test buttons show it. */
export interface RecordedRequest {
  method: string;
  url: string;
  status?: number;
  ms: number;
  /** The requests a batch carried, so the admin still sees what was asked. */
  parts?: RecordedPart[];
}

const SECRET_PARAM = /password|secret|token|code/i;

/** The URL without the values of secret-looking parameters. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (SECRET_PARAM.test(key)) parsed.searchParams.set(key, '********');
    return decodeURI(parsed.toString());
  } catch {
    return url;
  }
}

/** A fetch that notes each request's method, URL, status and time, and a batch's requests (never headers or other bodies: they carry credentials). */
export function recordingFetch(requests: RecordedRequest[], inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const started = performance.now();
    const entry: RecordedRequest = { method, url: shownUrl(url), ms: 0 };
    const batch = method === 'POST' ? partsOf(url, init?.body) : undefined;
    if (batch) entry.parts = batch.parts.map((part) => ({ ...part, url: shownUrl(part.url) }));
    requests.push(entry);
    try {
      const response = await inner(input, init);
      entry.status = response.status;
      if (!entry.parts || !response.ok) return response;
      // Read once, and the adapter is handed the same text: a clone would tee the body's stream into two copies.
      const text = await response.text();
      answerParts(entry.parts, batch?.ids ?? [], jsonOf(text));
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      entry.ms = Math.round(performance.now() - started);
    }
  };
}
