// Types only from the zod contract: the client runs in browsers, which should not load zod.
import type { ErrorBody } from './common';
import type { CcContract, OperationId } from './contract';
import type { AgentEventData, AgentEventType } from './events';
import { fillPath, type RouteInput, type RouteResponse } from './route';
import { ccRouteTable } from './routeTable';
import { sseParser } from './sse';

/** The API's error as an Error: HTTP status, the machine code, the sentence, and the body. */
export class CcApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: ErrorBody,
  ) {
    super(message);
    this.name = 'CcApiError';
  }
}

export interface CcClientOptions {
  /** Origin of the service (`https://cc.example.com`); empty for the page's own origin. */
  baseUrl?: string;
  /** Bearer token; kept in memory so the client works where third-party cookies are blocked. */
  token?: string;
  /** Send the page's session cookie (`cc_session`) with every request. */
  credentials?: 'include' | 'same-origin' | 'omit';
  /** Extra headers on every request (a server-side page forwards the visitor's cookie). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** Checks every success body and event against the contract (tests pass `contractValidator`). */
  validator?: CcValidator;
}

/** What checks the service's answers; `contractValidator` is the zod contract's. */
export interface CcValidator {
  /** Throws when a success body is outside the operation's contract. */
  response(operationId: OperationId, status: number, body: unknown): void;
  /** Answers the event's data as its contract parses it; throws when it is outside. */
  event(type: AgentEventType, data: unknown): unknown;
}

type Input<Op extends OperationId> = RouteInput<CcContract[Op]>;
type Output<Op extends OperationId> = RouteResponse<CcContract[Op]>;
type InputArgs<Op extends OperationId> = object extends Input<Op> ? [input?: Input<Op>] : [input: Input<Op>];

/** What `send` answers: the status and the body, success or error, without throwing. */
export interface CcReply<T> {
  status: number;
  body: T & Partial<ErrorBody>;
}

/** Loose input for `send`, so tests can also send what the contract refuses. */
export interface LooseInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export type AgentEventHandlers = { [T in AgentEventType]?: (data: AgentEventData<T>) => void };

function queryString(query: Record<string, unknown> | undefined): string {
  const entries = Object.entries(query ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/**
 * The CSRF token a signed-in page holds in the readable `cc_csrf` cookie; the server wants it
 * back in `x-csrf-token` on every state-changing request that rides on the session cookie.
 */
function csrfTokenOfPage(): string | undefined {
  if (typeof document === 'undefined' || typeof document.cookie !== 'string') return undefined;
  const match = /(?:^|;\s*)cc_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** The one client of `/cc/v1`, typed by the contract; runs in browsers, the CRMs' pages and Node. */
export function createCcClient(options: CcClientOptions = {}) {
  const root = `${(options.baseUrl ?? '').replace(/\/$/, '')}/cc/v1`;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let token = options.token;

  const headers = (hasBody: boolean, method = 'get'): Record<string, string> => {
    const csrf = !token && method !== 'get' ? csrfTokenOfPage() : undefined;
    return {
      accept: 'application/json',
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
      ...options.headers,
    };
  };

  async function request(operationId: OperationId, input: LooseInput = {}): Promise<{ status: number; body: unknown }> {
    const route = ccRouteTable[operationId];
    const url = `${root}${fillPath(route.path, input.params)}${queryString(input.query)}`;
    const hasBody = input.body !== undefined;
    const response = await doFetch(url, {
      method: route.method.toUpperCase(),
      headers: headers(hasBody, route.method),
      credentials: options.credentials,
      body: hasBody ? JSON.stringify(input.body) : undefined,
    });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { error: 'invalid_response', message: text.slice(0, 200) };
    }
    if (response.ok) options.validator?.response(operationId, response.status, body);
    return { status: response.status, body };
  }

  /** Calls an operation; answers its success body or throws a CcApiError. */
  async function call<Op extends OperationId>(operation: Op, ...[input]: InputArgs<Op>): Promise<Output<Op>> {
    const { status, body } = await request(operation, input as LooseInput);
    if (status >= 400) {
      const error = body as ErrorBody;
      const code = typeof error.error === 'string' ? error.error : `HTTP ${status}`;
      throw new CcApiError(status, code, typeof error.message === 'string' ? error.message : code, error);
    }
    return body as Output<Op>;
  }

  /** Sends an operation and answers status and body whatever they are (tests of bad input use it). */
  async function send<Op extends OperationId>(operation: Op, input?: Input<Op> | LooseInput): Promise<CcReply<Output<Op>>> {
    return (await request(operation, input as LooseInput)) as CcReply<Output<Op>>;
  }

  /**
   * The agent's event stream, each event typed by its contract; `close()` ends it. `onOpen`
   * runs each time the stream (re)connects, so a client can read what it missed meanwhile.
   */
  function events(agentId: string, handlers: AgentEventHandlers, onError?: (error: unknown) => void, onOpen?: () => void): { close(): void } {
    const deliver = (type: string, raw: string) => {
      const handler = handlers[type as AgentEventType] as ((d: unknown) => void) | undefined;
      if (!handler) return;
      const data: unknown = JSON.parse(raw);
      handler(options.validator ? options.validator.event(type as AgentEventType, data) : data);
    };
    const url = `${root}${fillPath(ccRouteTable.agentEvents.path, { id: agentId })}`;
    if (typeof EventSource !== 'undefined' && !token) {
      const source = new EventSource(url, { withCredentials: options.credentials === 'include' });
      for (const type of Object.keys(handlers)) source.addEventListener(type, (event) => deliver(type, (event as MessageEvent<string>).data));
      if (onError) source.onerror = onError;
      // EventSource reconnects on its own after a drop and fires `open` again.
      // https://html.spec.whatwg.org/multipage/server-sent-events.html#sse-processing-model
      if (onOpen) source.addEventListener('open', () => onOpen());
      return source;
    }
    const controller = new AbortController();
    void (async () => {
      const response = await doFetch(url, { headers: { ...headers(false), accept: 'text/event-stream' }, credentials: options.credentials, signal: controller.signal });
      if (!response.ok || !response.body) throw new CcApiError(response.status, `HTTP ${response.status}`, 'The event stream was refused.', { error: `HTTP ${response.status}` });
      onOpen?.();
      const parse = sseParser((frame) => deliver(frame.event, frame.data));
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parse(decoder.decode(value, { stream: true }));
      }
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) onError?.(error);
    });
    return { close: () => controller.abort() };
  }

  return {
    call,
    send,
    events,
    /** Signs in and keeps the bearer token for the following calls. */
    async signIn(username: string, password: string) {
      const result = await call('signIn', { body: { username, password } });
      token = result.access_token;
      return result;
    },
    get token() {
      return token;
    },
  };
}

export type CcClient = ReturnType<typeof createCcClient>;
