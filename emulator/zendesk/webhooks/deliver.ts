import { createHmac } from 'node:crypto';
import { isoTime, type ZendeskState } from '../model/state';
import type { Webhook } from '../model/types';
import { isLoopbackUrl } from './webhooks';

/**
 * Sends webhook requests the way Zendesk does
 * (https://developer.zendesk.com/documentation/webhooks/anatomy-of-a-webhook-request/):
 * `x-zendesk-webhook-signature` is base64(HMAC-SHA256(secret, timestamp + body)) with the
 * timestamp in `x-zendesk-webhook-signature-timestamp`
 * (https://developer.zendesk.com/documentation/webhooks/verifying/). A failed attempt (no
 * answer, 409, 429 or 5xx) is tried again a few times with a growing pause. Requests go only to
 * loopback URLs and never follow redirects, so the emulator cannot be used to reach elsewhere.
 */
export interface DeliveryOptions {
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
}

export interface Invocation {
  id: string;
  webhookId: string;
  status: 'success' | 'failed' | 'pending';
  statusCode: number | null;
  attempts: number;
  completedAt: string | null;
}

export interface Deliverer {
  deliver(webhook: Webhook, body: string): void;
  invocations(webhookId: string): Invocation[];
  idle(): Promise<void>;
}

const RETRIED = (status: number) => status === 409 || status === 429 || status >= 500;

export function signature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(timestamp + body).digest('base64');
}

export function createDeliverer(state: ZendeskState, options: DeliveryOptions = { retries: 3, retryDelayMs: 200, timeoutMs: 10_000 }): Deliverer {
  const log: Invocation[] = [];
  const running = new Set<Promise<void>>();
  let counter = 0;

  const attempt = async (webhook: Webhook, body: string, invocationId: string): Promise<number | null> => {
    if (!isLoopbackUrl(webhook.endpoint)) return null;
    const timestamp = isoTime(state.now());
    const withBody = webhook.http_method !== 'GET' && webhook.http_method !== 'DELETE';
    const payload = withBody ? body : '';
    try {
      const res = await fetch(webhook.endpoint, {
        method: webhook.http_method,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: {
          'content-type': contentType(webhook.request_format),
          'user-agent': 'Zendesk Webhook',
          'x-zendesk-account-id': '1',
          'x-zendesk-webhook-id': webhook.id,
          'x-zendesk-webhook-invocation-id': invocationId,
          'x-zendesk-webhook-signature': signature(webhook.signing_secret, timestamp, payload),
          'x-zendesk-webhook-signature-timestamp': timestamp,
        },
        body: withBody ? payload : undefined,
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch {
      return null;
    }
  };

  const run = async (webhook: Webhook, body: string) => {
    const invocation: Invocation = { id: String(++counter), webhookId: webhook.id, status: 'pending', statusCode: null, attempts: 0, completedAt: null };
    log.push(invocation);
    if (log.length > 1000) log.shift();
    for (let tries = 0; tries <= options.retries; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (tries - 1)));
      const status = await attempt(webhook, body, invocation.id);
      invocation.attempts++;
      invocation.statusCode = status;
      if (status !== null && !RETRIED(status)) break;
    }
    const ok = invocation.statusCode !== null && invocation.statusCode < 400;
    Object.assign(invocation, { status: ok ? 'success' : 'failed', completedAt: isoTime(state.now()) });
  };

  return {
    deliver(webhook, body) {
      if (webhook.status !== 'active') return;
      const work = run(webhook, body);
      running.add(work);
      void work.finally(() => running.delete(work));
    },
    invocations: (webhookId) => log.filter((i) => i.webhookId === webhookId),
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
  };
}

function contentType(format: Webhook['request_format']): string {
  if (format === 'xml') return 'application/xml';
  if (format === 'form_encoded') return 'application/x-www-form-urlencoded';
  return 'application/json';
}
