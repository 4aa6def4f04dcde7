import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_REASONS } from '../../shared';
import { createCcClient } from '../../shared/contract';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import type { SignedInClient } from '../support/cc';
import { ccClient, runImport } from './imports';

let emulator: RunningEmulator;
let admin: SignedInClient;
let apiKey: string;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
/** A pushing system: no session, only its source's key. */
const pusher = (key: string) => createCcClient({ baseUrl: emulator.url, headers: { 'x-api-key': key } });

const TICKETS = 10_000;
const BATCH = 500;
const USERS = 200;

const user = (n: number) => ({ id: `u${n}`, name: `Pushed Person ${n}`, email: `person${n}@helpdesk.example`, role: 'contact' as const });
const ticket = (n: number) => ({
  id: `t${n}`,
  subject: `Pushed ticket ${n}`,
  status: 'solved',
  channel: n % 2 ? 'Telegram' : 'Viber',
  requesterId: `u${n % USERS}`,
  assigneeId: 'agent-1',
  createdAt: daysAgo(10),
  updatedAt: daysAgo(9),
  solvedAt: daysAgo(9),
  comments: [{ id: `c${n}`, authorId: `u${n % USERS}`, body: `Question number ${n}`, createdAt: daysAgo(10) }],
});

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  admin = await ccClient(emulator);
  await runImport(admin, 'salesforce');
  const created = await admin.call('createPushSource', { body: { name: 'helpdesk' } });
  expect(created.source).toMatchObject({ id: 'push-helpdesk', name: 'helpdesk' });
  apiKey = created.apiKey;
}, 60_000);
afterAll(() => emulator.close());

describe('the open import API (issue 24)', () => {
  it('refuses a request without the key or with a wrong one, in the API’s error shape', async () => {
    const none = await createCcClient({ baseUrl: emulator.url }).send('pushImport', { body: { users: [], tickets: [] } });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error: 'unauthorized' });
    expect((await pusher('cck_wrong').send('pushImport', { body: { users: [], tickets: [] } })).status).toBe(401);
  });

  it('judges pushed users by the same rules as every import, across sources', async () => {
    const { report } = await pusher(apiKey).call('pushImport', {
      body: {
        users: [
          { id: 'agent-1', name: 'Helpdesk Agent', email: 'agent@helpdesk.example', role: 'agent' },
          { id: 'walk-in', name: 'Walk In', email: null, role: 'contact' },
          { id: 'maria', name: 'Maria Garcia', email: 'Maria.Garcia@acme.example', role: 'contact' },
        ],
        tickets: [{ ...ticket(0), id: 'walk-in-ticket', requesterId: 'walk-in' }],
      },
    });
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.id, s.reason]));
    expect(reasons['push-helpdesk:walk-in']).toBe('user-without-email');
    expect(reasons['push-helpdesk:maria']).toBe('duplicate-email');
    expect(reasons['push-helpdesk:walk-in-ticket']).toBe('user-without-email');
    expect(report.imported.map((e) => e.id)).toContain('push-helpdesk:agent-1');
  });

  it('names every rule of §8.2/§8.3 by its own reason code, one pushed example each', async () => {
    const rule = (id: string, fields: object) => ({ ...ticket(0), id: `rule-ticket-${id}`, subject: `Rule example ${id}`, requesterId: 'rule-ok', assigneeId: 'rule-agent', ...fields });
    // A source of its own, so that the other tests' counts of the helpdesk's runs stay theirs.
    const { apiKey: rulesKey } = await admin.call('createPushSource', { body: { name: 'rules' } });
    const { report } = await pusher(rulesKey).call('pushImport', {
      body: {
        users: [
          { id: 'rule-ok', name: 'Rosa Okafor', email: 'rosa.okafor@helpdesk.example', role: 'contact' },
          { id: 'rule-agent', name: 'Ravi Agent', email: 'ravi@helpdesk.example', role: 'agent' },
          { id: 'rule-no-first', name: 'Ngata', firstName: null, lastName: 'Ngata', email: 'ngata@helpdesk.example', role: 'contact' },
          { id: 'rule-no-last', name: 'Cher', firstName: 'Cher', lastName: null, email: 'cher@helpdesk.example', role: 'contact' },
          { id: 'rule-shared-agent', name: 'Helpdesk', firstName: 'Helpdesk', lastName: '', email: 'desk@helpdesk.example', role: 'agent' },
          { id: 'rule-email-name', name: 'sam@mail.example', email: 'sam.smith@helpdesk.example', role: 'contact' },
          { id: 'rule-no-email', name: 'Walk In', email: null, role: 'contact' },
          { id: 'rule-bad-email', name: 'Pat Legacy', email: 'pat.legacy@intranet', role: 'contact' },
          { id: 'rule-duplicate', name: 'Maria Garcia', email: 'maria.garcia@acme.example', role: 'contact' },
        ],
        tickets: [
          rule('open', { status: 'open', solvedAt: null }),
          rule('old', { createdAt: daysAgo(130), updatedAt: daysAgo(120), solvedAt: daysAgo(120) }),
          rule('nobody', { requesterId: null, assigneeId: null }),
          rule('no-email', { requesterId: 'rule-no-email' }),
          rule('shared-agent', { assigneeId: 'rule-shared-agent' }),
          rule('email-name', { requesterId: 'rule-email-name' }),
          rule('system-only', { comments: [{ id: 'rule-c1', authorId: null, body: 'Automatic reminder', createdAt: daysAgo(10) }] }),
          rule('fine', {}),
        ],
      },
    });
    const reasons = Object.fromEntries(report.skipped.map((s) => [`${s.kind} ${s.id.replace('push-rules:', '')}`, s.reason]));
    expect(reasons).toEqual({
      'user rule-no-first': 'missing-first-name',
      'user rule-no-last': 'missing-last-name',
      'user rule-shared-agent': 'missing-last-name',
      'user rule-email-name': 'email-in-name',
      'user rule-no-email': 'user-without-email',
      'user rule-bad-email': 'invalid-email',
      'user rule-duplicate': 'duplicate-email',
      'ticket rule-ticket-open': 'not-solved',
      'ticket rule-ticket-old': 'older-than-retention',
      'ticket rule-ticket-nobody': 'no-user-information',
      'ticket rule-ticket-no-email': 'user-without-email',
      'ticket rule-ticket-shared-agent': 'agent-not-imported',
      'ticket rule-ticket-email-name': 'contact-not-imported',
      'ticket rule-ticket-system-only': 'no-user-interactions',
    });
    expect(new Set(Object.values(reasons))).toEqual(new Set(SKIP_REASONS));
    expect(report.imported.map((e) => e.id)).toContain('push-rules:rule-ticket-fine');
  });

  it(`takes ${TICKETS} tickets in batches of ${BATCH}, sent twice, without a duplicate`, async () => {
    const client = pusher(apiKey);
    await client.call('pushImport', { body: { users: Array.from({ length: USERS }, (_, n) => user(n)) } });
    const send = async () => {
      const imported = new Set<string>();
      for (let from = 0; from < TICKETS; from += BATCH) {
        const batch = Array.from({ length: BATCH }, (_, i) => ticket(from + i));
        const { report } = await client.call('pushImport', { body: { tickets: batch } });
        expect(report.skipped).toEqual([]);
        for (const entry of report.imported) imported.add(entry.id);
      }
      return imported;
    };
    expect((await send()).size).toBe(TICKETS);
    expect((await send()).size).toBe(TICKETS);
    const found = await admin.call('searchTickets', { query: { q: 'pushed', pageSize: '1' } });
    expect(found.total).toBe(TICKETS);
    expect(found.facets.channel).toEqual({ telegram: TICKETS / 2, viber: TICKETS / 2 });
    const runs = await admin.call('listImports');
    expect(runs.imports.filter((r) => r.source === 'push-helpdesk').length).toBe(2 + (2 * TICKETS) / BATCH);
  }, 120_000);

  it('keeps only a hash of the key; a new key locks the old one out', async () => {
    const { sources } = await admin.call('listPushSources');
    expect(JSON.stringify(sources)).not.toContain(apiKey);
    expect(sources[0].keyHint).toBe(`…${apiKey.slice(-4)}`);
    const { apiKey: fresh } = await admin.call('rotatePushSourceKey', { params: { id: 'push-helpdesk' } });
    expect((await pusher(apiKey).send('pushImport', { body: {} })).status).toBe(401);
    expect((await pusher(fresh).send('pushImport', { body: {} })).status).toBe(200);
    apiKey = fresh;
  });

  it('answers a malformed batch with every problem and its path, and changes nothing', async () => {
    const before = await admin.call('searchTickets', { query: { pageSize: '1' } });
    const { status, body } = await pusher(apiKey).send('pushImport', { body: { tickets: [{ ...ticket(99_999), createdAt: 'yesterday' }] } as never });
    expect(status).toBe(400);
    expect((body as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('tickets[0].createdAt');
    expect((await admin.call('searchTickets', { query: { pageSize: '1' } })).total).toBe(before.total);
  });

  it('is documented in the OpenAPI document with its key scheme', async () => {
    const doc = (await (await fetch(`${emulator.url}/cc/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { security: unknown }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths['/imports/push'].post.security).toEqual([{ sourceKey: [] }]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PushUser', 'PushTicket']));
  });
});
