import { randomBytes } from 'node:crypto';
import { isoTime, type ZendeskState } from '../model/state';
import type { User, Webhook } from '../model/types';

/**
 * Webhooks (https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/).
 * The emulator delivers only to this machine (see deliver.ts), so an endpoint must name a
 * loopback host; anything else is refused when the webhook is written.
 */
export interface WebhookInput {
  name?: unknown;
  description?: unknown;
  endpoint?: unknown;
  http_method?: unknown;
  request_format?: unknown;
  status?: unknown;
  subscriptions?: unknown;
}

/** A refused webhook, answered in the Webhooks API's `errors` list. */
export class WebhookInvalid extends Error {
  constructor(readonly field: string, readonly detail: string) {
    super(detail);
  }
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const FORMATS = ['json', 'xml', 'form_encoded'] as const;
const STATUSES = ['active', 'inactive'] as const;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Webhook ids are ULIDs such as `01FMJQSY40HZBCBVPZB9212S8V`: 10 characters of time, 16 of randomness. */
export function newWebhookId(now: Date): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const tail = [...randomBytes(16)].map((b) => CROCKFORD[b % 32]).join('');
  return head + tail;
}

export const newSigningSecret = () => randomBytes(32).toString('base64url');

export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function createWebhook(state: ZendeskState, input: WebhookInput, actor: User): Webhook {
  const now = isoTime(state.now());
  const webhook: Webhook = {
    id: newWebhookId(state.now()),
    name: '',
    description: '',
    endpoint: '',
    http_method: 'POST',
    request_format: 'json',
    status: 'active',
    subscriptions: ['conditional_ticket_events'],
    signing_secret: newSigningSecret(),
    created_at: now,
    created_by: String(actor.id),
    updated_at: now,
    updated_by: String(actor.id),
  };
  applyWebhook(webhook, { http_method: 'POST', request_format: 'json', status: 'active', ...input }, true);
  state.data.webhooks.push(webhook);
  return webhook;
}

export function updateWebhook(state: ZendeskState, webhook: Webhook, input: WebhookInput, actor: User, whole: boolean): Webhook {
  applyWebhook(webhook, input, whole);
  webhook.updated_at = isoTime(state.now());
  webhook.updated_by = String(actor.id);
  return webhook;
}

function applyWebhook(webhook: Webhook, input: WebhookInput, whole: boolean): void {
  const name = input.name === undefined ? undefined : typeof input.name === 'string' ? input.name.trim() : '';
  if ((whole || name !== undefined) && !name) throw new WebhookInvalid('name', 'name is required');
  if ((whole || input.endpoint !== undefined) && (typeof input.endpoint !== 'string' || !isLoopbackUrl(input.endpoint))) {
    throw new WebhookInvalid('endpoint', 'endpoint must be an http(s) URL on this machine (localhost or 127.0.0.1)');
  }
  const method = one(input.http_method, METHODS, 'http_method');
  const format = one(input.request_format, FORMATS, 'request_format');
  const status = one(input.status, STATUSES, 'status');
  if (input.subscriptions !== undefined && (!Array.isArray(input.subscriptions) || input.subscriptions.some((s) => typeof s !== 'string'))) {
    throw new WebhookInvalid('subscriptions', 'subscriptions must be a list of event types');
  }
  if (name !== undefined) webhook.name = name;
  if (typeof input.description === 'string') webhook.description = input.description;
  if (typeof input.endpoint === 'string') webhook.endpoint = input.endpoint;
  if (method) webhook.http_method = method;
  if (format) webhook.request_format = format;
  if (status) webhook.status = status;
  if (Array.isArray(input.subscriptions)) webhook.subscriptions = input.subscriptions as string[];
}

function one<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new WebhookInvalid(field, `${field} must be one of ${allowed.join(', ')}`);
}

/** The webhook as the API shows it: the signing secret has its own endpoint. */
export function webhookJson(webhook: Webhook) {
  const { signing_secret: _secret, ...shown } = webhook;
  return shown;
}
