import { CrmError } from '../../ports/crmError';
import type { Crm } from '../../vocabulary/crmRecord';
import { backoffDelay, retryAfterMs } from './backoff';

export interface HttpOptions {
  crm: Crm;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the caller gets the 429 at once. */
  maxRetryAfterMs?: number;
  timeoutMs?: number;
}

export interface HttpRequest extends RequestInit {
  /**
   * Whether a failed attempt may be sent again. Defaults to true except for POST: a create whose
   * response was lost may have happened, so it is retried by its caller after looking for it.
   */
  retryable?: boolean;
}

export type Http = (url: string, request?: HttpRequest) => Promise<Response>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Only the server's trouble is worth another attempt; a 4xx says the request itself is wrong. */
const isTransient = (status: number) => status === 429 || status >= 500;

/**
 * `fetch` with a per-attempt timeout and bounded retries with exponential backoff on 5xx, 429 and
 * network errors. Non-transient responses (2xx-4xx) are returned as they are for the adapter to read.
 */
export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const maxDelayMs = options.maxDelayMs ?? 8_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return async function send(url, request = {}) {
    const { retryable: asked, ...init } = request;
    const retryable = asked ?? (init.method ?? 'GET').toUpperCase() !== 'POST';
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= maxAttempts;
      let response: Response;
      try {
        response = await fetchWithTimeout(doFetch, url, init, timeoutMs);
      } catch (error) {
        if (init.signal?.aborted) throw error;
        if (!retryable || last) throw networkError(options.crm, error);
        await sleep(backoffDelay(attempt, baseDelayMs, maxDelayMs, random));
        continue;
      }
      // A 429 was refused before any work was done, so even a POST may go again.
      const mayRetry = retryable || response.status === 429;
      if (!isTransient(response.status) || !mayRetry || last) return response;
      const asks = retryAfterMs(response.headers.get('retry-after'), now());
      if (asks !== null && asks > maxRetryAfterMs) return response;
      await response.body?.cancel().catch(() => undefined);
      await sleep(asks ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random));
    }
  };
}

async function fetchWithTimeout(doFetch: typeof fetch, url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(timeoutMs)), timeoutMs);
  const outer = init.signal;
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });
  try {
    return await doFetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`No response within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

function networkError(crm: Crm, error: unknown): CrmError {
  const timedOut = error instanceof TimeoutError;
  const message = error instanceof Error ? error.message : String(error);
  return new CrmError({ kind: 'unavailable', crm, status: 0, code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR', message });
}
