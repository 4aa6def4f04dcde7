/** One request a scripted fetch received, with its body parsed when it was JSON or a form. */
export interface FetchCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export type Reply = Response | Error | ((call: FetchCall) => Response | Promise<Response>);

/**
 * A `fetch` that answers from a script, in order, and records every call: the adapters' unit
 * tests inject it instead of reaching a network.
 */
export function scriptedFetch(replies: Reply[] | ((call: FetchCall) => Reply)) {
  const calls: FetchCall[] = [];
  const queue = Array.isArray(replies) ? [...replies] : null;
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: FetchCall = {
      method: (init.method ?? 'GET').toUpperCase(),
      url: String(input),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const reply = queue ? queue.shift() : (replies as (call: FetchCall) => Reply)(call);
    if (reply === undefined) throw new Error(`No scripted reply for ${call.method} ${call.url}`);
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(call) : reply;
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const init = { status, headers: { 'Content-Type': 'application/json', ...headers } };
  return status === 204 ? new Response(null, init) : new Response(JSON.stringify(body), init);
}

/** Test timing without waiting: every sleep is recorded and returns at once. */
export function recordedSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
