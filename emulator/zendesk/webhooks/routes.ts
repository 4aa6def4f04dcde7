import { Router, type Request, type Response } from 'express';
import { currentUser } from '../http/auth';
import { sendNotFound } from '../http/errors';
import { apiBase } from '../http/origin';
import { sendList } from '../http/pagination';
import type { ZendeskState } from '../model/state';
import type { Webhook } from '../model/types';
import type { Deliverer } from './deliver';
import { createWebhook, newSigningSecret, updateWebhook, webhookJson, WebhookInvalid, type WebhookInput } from './webhooks';

/**
 * Webhooks API (https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/):
 * paths without `.json`, errors as an `errors` list, cursor pagination on the list.
 */
export function webhookRoutes(state: ZendeskState, deliverer: Deliverer): Router {
  const router = Router();
  const find = (id: string) => state.data.webhooks.find((w) => w.id === id);
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (!(error instanceof WebhookInvalid)) throw error;
      res.status(400).json({ errors: [{ code: 'InvalidInput', title: 'Invalid input', detail: error.detail, source: { pointer: `/webhook/${error.field}` } }] });
    }
  };
  const input = (req: Request): WebhookInput => {
    const body = (req.body as { webhook?: unknown } | undefined)?.webhook;
    if (!body || typeof body !== 'object') throw new WebhookInvalid('webhook', 'webhook is required');
    return body as WebhookInput;
  };
  const withWebhook = (handler: (webhook: Webhook, req: Request, res: Response) => Promise<void> | void) =>
    guarded(async (req, res) => {
      const webhook = find(String(req.params.id));
      if (!webhook) return sendNotFound(res);
      await handler(webhook, req, res);
    });

  router.get('/webhooks', (req, res) => {
    const items = state.data.webhooks.map((w, index) => ({ w, index }));
    sendList(req, res, 'webhooks', `${apiBase(req)}/webhooks`, items, { idOf: (i) => i.index, toJson: (i) => webhookJson(i.w) });
  });

  router.post('/webhooks', guarded(async (req, res) => {
    const webhook = createWebhook(state, input(req), currentUser(req));
    await state.save();
    res.status(201).json({ webhook: webhookJson(webhook) });
  }));

  router.get('/webhooks/:id', withWebhook((webhook, _req, res) => {
    res.json({ webhook: webhookJson(webhook) });
  }));

  /** Update Webhook replaces the webhook (204); Patch Webhook changes the fields sent (204). */
  for (const [method, whole] of [['put', true], ['patch', false]] as const) {
    router[method]('/webhooks/:id', withWebhook(async (webhook, req, res) => {
      updateWebhook(state, webhook, input(req), currentUser(req), whole);
      await state.save();
      res.status(204).end();
    }));
  }

  router.delete('/webhooks/:id', withWebhook(async (webhook, _req, res) => {
    state.data.webhooks = state.data.webhooks.filter((w) => w.id !== webhook.id);
    await state.save();
    res.status(204).end();
  }));

  /** Show Webhook Signing Secret, and Reset it (201 with the new one). */
  router.get('/webhooks/:id/signing_secret', withWebhook((webhook, _req, res) => {
    res.json({ signing_secret: { algorithm: 'SHA256', secret: webhook.signing_secret } });
  }));
  router.post('/webhooks/:id/signing_secret', withWebhook(async (webhook, _req, res) => {
    webhook.signing_secret = newSigningSecret();
    await state.save();
    res.status(201).json({ signing_secret: { algorithm: 'SHA256', secret: webhook.signing_secret } });
  }));

  router.get('/webhooks/:id/invocations', withWebhook((webhook, _req, res) => {
    const invocations = deliverer.invocations(webhook.id).map((i) => ({ id: i.id, latest_completed_at: i.completedAt, status: i.status, status_code: i.statusCode, attempts: i.attempts }));
    res.json({ invocations, meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } });
  }));

  return router;
}
