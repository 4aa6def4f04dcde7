import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, failure, reply, useZendesk } from './client';
import { startReceiver, validSignature } from './receiver';

const zd = useZendesk();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver?.close());

interface Webhook {
  id: string;
  name: string;
  endpoint: string;
  status: string;
  signing_secret?: unknown;
}

const createWebhook = async (endpoint: string, name = 'Card sync') =>
  (await reply<Webhook>(zd.client.webhooks.create({ webhook: { name, endpoint, http_method: 'POST', request_format: 'json', status: 'active', subscriptions: ['conditional_ticket_events'] } }))).result;
const secretOf = async (id: string) =>
  (await reply<{ signing_secret: { algorithm: string; secret: string } }>(zd.client.webhooks.getSigningSecret(id))).result.signing_secret;
const createTrigger = async (title: string, conditions: object, webhookId: string, body: string) =>
  (await reply<{ id: number; title: string; actions: unknown[] }>(zd.client.triggers.create({ trigger: { title, conditions, actions: [{ field: 'notification_webhook', value: [webhookId, body] }] } }))).result;

describe('Zendesk webhooks through node-zendesk', () => {
  it('creates, shows, lists and deletes a webhook; the secret has its own endpoint', async () => {
    const webhook = await createWebhook(receiver.url, 'Short-lived');
    expect(webhook.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(webhook).toMatchObject({ name: 'Short-lived', endpoint: receiver.url, status: 'active' });
    expect(webhook.signing_secret).toBeUndefined();
    expect((await reply<Webhook>(zd.client.webhooks.show(webhook.id))).result.name).toBe('Short-lived');
    const listed = (await zd.client.webhooks.list()) as unknown as Webhook[];
    expect(listed.map((w) => w.id)).toContain(webhook.id);

    const secret = await secretOf(webhook.id);
    expect(secret.algorithm).toBe('SHA256');
    const reset = (await reply<{ signing_secret: { secret: string } }>(zd.client.webhooks.resetSigningSecret(webhook.id))).result.signing_secret;
    expect(reset.secret).not.toBe(secret.secret);

    await zd.client.webhooks.delete(webhook.id);
    expect((await failure(zd.client.webhooks.show(webhook.id))).statusCode).toBe(404);
  });

  it('refuses an endpoint that is not on this machine', async () => {
    const res = await api(zd.emulator, '/webhooks', { method: 'POST', body: JSON.stringify({ webhook: { name: 'Exfiltrate', endpoint: 'https://collector.example.com/hook', http_method: 'POST', request_format: 'json', status: 'active' } }) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ code: 'InvalidInput' });
  });

  it('delivers a signed request when a trigger fires on ticket creation', async () => {
    const webhook = await createWebhook(receiver.url);
    const { secret } = await secretOf(webhook.id);
    const trigger = await createTrigger('Notify card on new urgent ticket', { all: [{ field: 'update_type', operator: 'is', value: 'Create' }, { field: 'priority', operator: 'is', value: 'urgent' }] },
      webhook.id, '{"ticket_id": "{{ticket.id}}", "subject": "{{ticket.title}}", "requester": "{{ticket.requester.email}}"}');
    expect(trigger.title).toBe('Notify card on new urgent ticket');

    const before = receiver.received.length;
    await zd.client.tickets.create({ ticket: { subject: 'Normal question', comment: { body: 'Just asking.' }, priority: 'normal' } });
    const { result: urgent } = await zd.client.tickets.create({ ticket: { subject: 'Outage "Berlin-Mitte"', comment: { body: 'All lines down.' }, priority: 'urgent', requester: { name: 'Lena Braun', email: 'lena.braun@example.org' } } });
    const [request] = (await receiver.until(before + 1)).slice(before);
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-zendesk-webhook-id']).toBe(webhook.id);
    expect(validSignature(request, secret)).toBe(true);
    expect(validSignature({ ...request, body: request.body.replace('Berlin', 'Paris') }, secret)).toBe(false);
    expect(JSON.parse(request.body)).toEqual({ ticket_id: String(urgent.id), subject: 'Outage "Berlin-Mitte"', requester: 'lena.braun@example.org' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received.length).toBe(before + 1);
    await zd.client.triggers.delete(trigger.id);
  });

  it('fires on updates that change the status, and on tag changes', async () => {
    const webhook = await createWebhook(receiver.url, 'Solved feed');
    const trigger = await createTrigger('Solved tickets', { all: [{ field: 'status', operator: 'value', value: 'solved' }], any: [] }, webhook.id, '{"solved": {{ticket.id}}}');
    const tagTrigger = await createTrigger('VIP tag', { all: [{ field: 'update_type', operator: 'is', value: 'Change' }, { field: 'current_tags', operator: 'includes', value: 'vip' }] }, webhook.id, '{"vip": {{ticket.id}}}');
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Bill too high', comment: { body: 'Please check my invoice.' } } });
    const before = receiver.received.length;
    await zd.client.tickets.update(ticket.id, { ticket: { status: 'solved', comment: { body: 'Credited.', public: true } } });
    await zd.client.tickets.addTags(ticket.id, { tags: ['vip'] } as never);
    const bodies = (await receiver.until(before + 2)).slice(before).map((r) => JSON.parse(r.body));
    expect(bodies).toContainEqual({ solved: ticket.id });
    expect(bodies).toContainEqual({ vip: ticket.id });
    await zd.client.triggers.delete(trigger.id);
    await zd.client.triggers.delete(tagTrigger.id);
  });

  it('tries again when the receiver fails, then stops on success', async () => {
    const flaky = await startReceiver([503, 500]);
    try {
      const webhook = await createWebhook(flaky.url, 'Flaky');
      const trigger = await createTrigger('Every new ticket', { all: [{ field: 'update_type', operator: 'is', value: 'Create' }] }, webhook.id, '{"id": {{ticket.id}}}');
      await zd.client.tickets.create({ ticket: { subject: 'Retry me', comment: { body: 'Hello' } } });
      const requests = await flaky.until(3, 8000);
      expect(new Set(requests.map((r) => r.headers['x-zendesk-webhook-invocation-id'])).size).toBe(1);
      const { secret } = await secretOf(webhook.id);
      expect(requests.every((r) => validSignature(r, secret))).toBe(true);
      const { result } = await reply<{ invocations: { status: string; status_code: number; attempts: number }[] }>(zd.client.webhooks.listInvocations(webhook.id));
      expect(result.invocations.at(-1)).toMatchObject({ status: 'success', status_code: 200, attempts: 3 });
      await zd.client.triggers.delete(trigger.id);
    } finally {
      await flaky.close();
    }
  });

  it('manages triggers: list with a cursor, update, refuse one without actions', async () => {
    const webhook = await createWebhook(receiver.url, 'Trigger admin');
    const trigger = await createTrigger('Pending reminder', { all: [{ field: 'status', operator: 'is', value: 'pending' }] }, webhook.id, '{}');
    const { result: updated } = await reply<{ title: string; active: boolean }>(zd.client.triggers.update(trigger.id, { trigger: { title: 'Pending reminder (paused)', active: false } }));
    expect(updated).toMatchObject({ title: 'Pending reminder (paused)', active: false });
    const page = await (await api(zd.emulator, '/triggers.json?page[size]=1')).json();
    expect(page.triggers).toHaveLength(1);
    expect(page.meta).toHaveProperty('has_more');
    const error = await failure(zd.client.triggers.create({ trigger: { title: 'Nothing to do', conditions: { all: [{ field: 'status', operator: 'is', value: 'new' }] }, actions: [] } }));
    expect(error.statusCode).toBe(422);
    expect(error.result).toMatchObject({ error: 'RecordInvalid' });
  });
});
