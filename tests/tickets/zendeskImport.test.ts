import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { reply, zendeskClient } from '../zendesk/client';
import type { SignedInClient as CcClient } from '../support/cc';
import { ccClient, runImport, type RunView } from './imports';

let emulator: RunningEmulator;
let zendesk: ReturnType<typeof zendeskClient>;
let cc: CcClient;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const created: Record<string, number> = {};

async function user(key: string, fields: Record<string, unknown>) {
  const { result } = await zendesk.users.create({ user: fields } as never);
  created[key] = (result as unknown as { id: number }).id;
}

async function historicTicket(key: string, fields: Record<string, unknown>, ageDays: number) {
  const { result } = await reply<{ ticket: { id: number } }>(
    zendesk.ticketimport.import({
      ticket: {
        requester_id: created.requester,
        assignee_id: created.agent,
        via: { channel: 'email' },
        created_at: daysAgo(ageDays + 2),
        updated_at: daysAgo(ageDays),
        solved_at: daysAgo(ageDays),
        comments: [
          { author_id: created.requester, value: `Question about ${key}`, created_at: daysAgo(ageDays + 2) },
          { author_id: created.agent, value: `Answer about ${key}`, created_at: daysAgo(ageDays + 1) },
        ],
        ...fields,
      },
    } as never),
  );
  created[key] = result.ticket.id;
}

const skip = (run: RunView, id: string) => run.report.skipped.find((s) => s.id === id);
let first: RunView;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  zendesk = zendeskClient(emulator);
  cc = await ccClient(emulator);
  await user('agent', { name: 'Ingrid Halvorsen', email: 'ingrid.halvorsen@customercard.example', role: 'agent' });
  await user('requester', { name: 'Tomás Álvarez', email: 'tomas.alvarez@alpinefibre.example' });
  await user('noEmail', { name: 'Priya Raman', role: 'agent' });
  await user('emailName', { name: 'Lucía lucia.romero@alpinefibre.example', email: 'lucia.romero@alpinefibre.example' });
  await user('leaving', { name: 'Kenji Watanabe', email: 'kenji.watanabe@alpinefibre.example' });
  await historicTicket('solved', { subject: 'Fibre modem reboots at night', status: 'solved' }, 10);
  await historicTicket('byNoEmail', { subject: 'Handled by an agent without email', status: 'solved', assignee_id: created.noEmail }, 10);
  await historicTicket('open', { subject: 'Still open', status: 'open', solved_at: null }, 5);
  await historicTicket('old', { subject: 'Solved long ago', status: 'solved' }, 91);
  await historicTicket('byLeaving', { subject: 'Router swap', status: 'closed', requester_id: created.leaving }, 20);
  first = await runImport(cc, 'zendesk');
});
afterAll(() => emulator.close());

describe('Zendesk import: the rules of §8.2 and §8.3, through node-zendesk data', () => {
  it('imports valid users and solved tickets of the last 90 days', () => {
    expect(first.state).toBe('done');
    const imported = first.report.imported.map((e) => e.id);
    expect(imported).toEqual(expect.arrayContaining([`zendesk:${created.agent}`, `zendesk:${created.requester}`, `zendesk:${created.solved}`, `zendesk:${created.byLeaving}`]));
    expect(first.report.counts.importedTickets).toBe(first.report.imported.filter((e) => e.kind === 'ticket').length);
  });

  it('§8.2 a user without email is not created and their tickets are skipped', () => {
    expect(skip(first, `zendesk:${created.noEmail}`)).toMatchObject({ kind: 'user', reason: 'user-without-email', text: expect.stringContaining('no email') });
    expect(skip(first, `zendesk:${created.byNoEmail}`)).toMatchObject({ kind: 'ticket', reason: 'user-without-email' });
  });

  it('§8.2 an email in a name field is refused', () => {
    expect(skip(first, `zendesk:${created.emailName}`)).toMatchObject({ kind: 'user', reason: 'email-in-name' });
  });

  it('§8.3 an open ticket and a 91-day-old ticket are skipped, each with its reason', () => {
    expect(skip(first, `zendesk:${created.open}`)).toMatchObject({ kind: 'ticket', reason: 'not-solved', text: 'The ticket is neither solved nor closed.' });
    expect(skip(first, `zendesk:${created.old}`)).toMatchObject({ kind: 'ticket', reason: 'older-than-retention' });
  });

  it('§8.5 every skipped item carries a reason and its text; the counts add up', () => {
    expect(first.report.skipped.every((s) => s.reason && s.text)).toBe(true);
    const { counts } = first.report;
    expect(counts.skippedUsers + counts.skippedTickets).toBe(first.report.skipped.length);
    expect(counts.importedUsers + counts.importedTickets).toBe(first.report.imported.length);
  });

  it('skipped tickets are not searchable; imported ones are', async () => {
    const found = await cc.send('searchTickets', { query: { pageSize: '100' } });
    const ids = found.body.tickets.map((t) => t.id);
    expect(ids).toContain(`zendesk:${created.solved}`);
    for (const key of ['byNoEmail', 'open', 'old']) expect(ids).not.toContain(`zendesk:${created[key]}`);
  });
});

describe('Zendesk import: the next run follows the CRM (§8.2)', () => {
  let second: RunView;

  beforeAll(async () => {
    // Right after the first run, in the same second: each change still comes after its cursor.
    await zendesk.users.delete(created.leaving);
    // The deactivated user's address changes in the CRM (the import follows), so a new user may take the old one.
    await zendesk.users.update(created.leaving, { user: { email: 'k.watanabe.old@alpinefibre.example' } } as never);
    await user('sameEmail', { name: 'Kenta Watanabe', email: 'kenji.watanabe@alpinefibre.example' });
    await zendesk.tickets.delete(created.solved);
    second = await runImport(cc, 'zendesk');
  });

  it('is incremental: only what changed since the first run is looked at', () => {
    expect(second.state).toBe('done');
    expect(second.progress.users).toBe(2);
    expect(second.progress.tickets).toBe(1);
  });

  it('follows a deactivation: the user stays, inactive, on their tickets', async () => {
    const { body } = await cc.send('getTicket', { params: { id: `zendesk:${created.byLeaving}` } });
    expect(body.requester).toMatchObject({ name: 'Kenji Watanabe', active: false, email: 'k.watanabe.old@alpinefibre.example' });
  });

  it('follows an email change: the old address is free for a new user', () => {
    expect(skip(second, `zendesk:${created.sameEmail}`)).toBeUndefined();
    expect(second.report.imported.map((e) => e.id)).toContain(`zendesk:${created.sameEmail}`);
  });

  it('follows a deletion: the deleted ticket leaves the archive', async () => {
    expect(second.progress.removedTickets).toBe(1);
    expect((await cc.send('getTicket', { params: { id: `zendesk:${created.solved}` } })).status).toBe(404);
  });
});

describe('import API', () => {
  it('is for admins only, and checks the source', async () => {
    const agent = await ccClient(emulator, { username: 'agent@customercard.example', password: 'emulator' });
    expect((await agent.send('startImport', { body: { source: 'zendesk' } })).status).toBe(403);
    expect(await cc.send('startImport', { body: { source: 'freshdesk' } })).toMatchObject({ status: 400, body: { error: 'invalid_source' } });
    expect((await cc.send('getImport', { params: { id: 'imp-999999' } })).status).toBe(404);
  });
});
