import jsonata from 'jsonata';
import { z } from 'zod';
import type { DataAction } from './actionSchema';
import { fillJson, fillText, fillUrl, type TemplateValues } from './template';

export interface RenderedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** What went wrong, in words an admin's Test button shows. */
export type DataActionFailure = 'bad-input' | 'timeout' | 'network' | 'http' | 'graphql' | 'bad-response' | 'mapping' | 'contract';

/** Every run says what was sent (secrets masked), what came back and how long it took. */
export interface DataActionTrace {
  request: RenderedRequest;
  status?: number;
  raw?: unknown;
  /** What the mapping made of the answer, before the output contract's check. */
  mapped?: unknown;
  ms: number;
}

export type DataActionResult =
  | ({ outcome: 'found'; output: Record<string, unknown> } & DataActionTrace)
  | ({ outcome: 'not-found' } & DataActionTrace)
  | ({ outcome: 'error'; reason: DataActionFailure; detail: string } & DataActionTrace);

/** The request an action makes for this input; `mask` hides the secrets (for display). */
export function renderRequest(action: DataAction, values: TemplateValues, mask = false): RenderedRequest {
  const headers = Object.fromEntries(Object.entries(action.request.headers).map(([k, v]) => [k, fillText(v, values, mask)]));
  const url = fillUrl(action.request.url, values, mask);
  if (action.request.graphql) {
    const { query, variables } = action.request.graphql;
    return { method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables: fillJson(variables, values, mask) }) };
  }
  if (action.request.body === undefined) return { method: action.request.method, url, headers };
  return { method: action.request.method, url, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(fillJson(action.request.body, values, mask)) };
}

/** Why a request never got an answer: fetch hides the cause (refused, unknown host) under "fetch failed". */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
}

const isEmpty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * Runs a generic data action: checks the input against its contract, sends the request within
 * the timeout, maps the response with JSONata and checks the output contract. It never throws:
 * a broken action is an `error` result the IVR goes on without.
 */
export async function runDataAction(
  action: DataAction,
  input: Record<string, unknown>,
  options: {
    secrets: Record<string, string>;
    fetch?: typeof fetch;
    /** The service's own origin, for an action whose URL is a path (the emulator's demo services). */
    origin?: string;
    /** A shorter wait than the action's own, e.g. what is left of the IVR's time budget. */
    timeoutMs?: number;
  },
): Promise<DataActionResult> {
  const started = performance.now();
  const values = { input, secrets: options.secrets };
  let request: RenderedRequest;
  try {
    request = renderRequest(action, values, true);
  } catch (error) {
    return { outcome: 'error', reason: 'bad-input', detail: (error as Error).message, request: { method: action.request.method, url: action.request.url, headers: {} }, ms: 0 };
  }
  const trace = (extra: Partial<DataActionTrace> = {}): DataActionTrace => ({ request, ms: performance.now() - started, ...extra });
  const fail = (reason: DataActionFailure, detail: string, extra: Partial<DataActionTrace> = {}): DataActionResult => ({ outcome: 'error', reason, detail, ...trace(extra) });

  const inputCheck = z.fromJSONSchema(action.input as never).safeParse(input);
  if (!inputCheck.success) return fail('bad-input', z.prettifyError(inputCheck.error));

  const real = renderRequest(action, values);
  // AbortSignal.timeout takes whole milliseconds only.
  const timeoutMs = Math.max(1, Math.floor(Math.min(action.timeoutMs, options.timeoutMs ?? Infinity)));
  let response: Response;
  try {
    const url = new URL(real.url, options.origin);
    response = await (options.fetch ?? fetch)(url.href, { method: real.method, headers: real.headers, body: real.body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as Error).name;
    return name === 'TimeoutError' || name === 'AbortError' ? fail('timeout', `no answer within ${Math.round(timeoutMs)} ms`) : fail('network', networkReason(error));
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    return fail('bad-response', `the answer is not JSON (${response.status})`, { status: response.status, raw: text.slice(0, 2000) });
  }
  const seen = { status: response.status, raw: body };
  if (action.notFoundStatuses.includes(response.status)) return { outcome: 'not-found', ...trace(seen) };
  if (!response.ok) return fail('http', `HTTP ${response.status}`, seen);
  const graphqlErrors = action.request.graphql && (body as { errors?: { message?: string }[] } | null)?.errors;
  if (graphqlErrors && graphqlErrors.length > 0) return fail('graphql', graphqlErrors.map((e) => e.message ?? 'error').join('; '), seen);

  let mapped: unknown;
  try {
    mapped = await jsonata(action.mapping).evaluate(body);
  } catch (error) {
    return fail('mapping', (error as { message?: string }).message ?? 'the mapping failed', seen);
  }
  if (isEmpty(mapped)) return { outcome: 'not-found', ...trace({ ...seen, mapped }) };
  const outputCheck = z.fromJSONSchema(action.output as never).safeParse(mapped);
  if (!outputCheck.success) return fail('contract', z.prettifyError(outputCheck.error), { ...seen, mapped });
  return { outcome: 'found', output: outputCheck.data as Record<string, unknown>, ...trace({ ...seen, mapped }) };
}
