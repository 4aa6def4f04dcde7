import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZendeskAdapters } from '../../shared/adapters/zendesk';
import type { Ticket, TicketUser } from '../../shared/ports';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { defaultStep } from '../../shared/ivr/lookupPlan';

let emulator: RunningEmulator;
let zd: ReturnType<typeof createZendeskAdapters>;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  zd = createZendeskAdapters({ baseUrl: emulator.url, email: 'admin@customercard.example', apiToken: 'emulator-token' });
});
afterAll(() => emulator?.close());

async function exportAll<T>(next: (start: { since: Date } | { cursor: string }) => Promise<{ items: T[]; cursor: string | null; end: boolean }>): Promise<T[]> {
  const items: T[] = [];
  let page = await next({ since: new Date(0) });
  items.push(...page.items);
  for (let guard = 0; !page.end && page.cursor && guard < 100; guard++) {
    page = await next({ cursor: page.cursor });
    items.push(...page.items);
  }
  expect(page.end).toBe(true);
  return items;
}

describe('Zendesk adapter against the emulator', () => {
  it('exports every user through the incremental cursor export (§8.2)', async () => {
    const users = await exportAll<TicketUser>((start) => zd.users.exportUsers(start));
    expect(users).toContainEqual(expect.objectContaining({ crm: 'zendesk', name: 'Maria García', email: 'maria.garcia@acme.example', role: 'end-user', active: true }));
    expect(users).toContainEqual(expect.objectContaining({ email: 'jordan.rivera@customercard.example', role: 'agent' }));
  });

  it('exports tickets with their comments and the recordings of voice tickets (§8.3, §8.4)', async () => {
    const tickets = await exportAll<Ticket>((start) => zd.tickets.exportTickets(start));
    expect(tickets.length).toBeGreaterThan(0);
    for (const ticket of tickets) {
      expect(ticket.comments.length).toBeGreaterThan(0);
      expect(ticket.url).toBe(`${emulator.url}/agent/tickets/${ticket.id}`);
    }
    const voice = tickets.filter((t) => t.channel === 'voice');
    expect(voice.length).toBeGreaterThan(0);
    expect(voice.some((t) => t.recordings.length > 0)).toBe(true);
    expect(tickets.some((t) => t.status === 'solved' || t.status === 'closed')).toBe(true);
  });

  it('finds a user by phone in any format and by email', async () => {
    expect(await zd.records.searchByPhone('+1 415 555 1000')).toContainEqual(expect.objectContaining({ object: 'user', name: 'Maria García' }));
    expect(await zd.records.searchByEmail('maria.garcia@acme.example')).toContainEqual(expect.objectContaining({ object: 'user', name: 'Maria García' }));
  });

  it('keeps Zendesk\'s own errors: a refused user and bad credentials', async () => {
    const refused = await zd.records.create('user', { email: 'no-name@mail.example' });
    expect(refused).toMatchObject({ invalid: { kind: 'validation', status: 422, code: 'RecordInvalid', fields: { name: expect.any(String) } } });
    const wrong = createZendeskAdapters({ baseUrl: emulator.url, email: 'admin@customercard.example', apiToken: 'wrong' });
    await expect(wrong.users.exportUsers({ since: new Date(0) })).rejects.toMatchObject({ kind: 'auth', status: 401, code: "Couldn't authenticate you" });
  });
});

describe('Zendesk as an IVR target (issue 19)', () => {
  it('§7.2 finds an organization by the external id an account number is, and a user by any phone format and by email', async () => {
    const [organization] = await zd.records.lookup(defaultStep('zendesk', 'account-number'), 'ACC-10001');
    expect(organization).toMatchObject({ crm: 'zendesk', object: 'organization', name: 'Acme Logistics' });
    const byPhone = await zd.records.lookup(defaultStep('zendesk', 'ani'), '+14155551000');
    expect(byPhone.map((r) => r.name)).toContain('Maria García');
    // Facts read the user's organization fields: the organization comes with the user.
    expect(byPhone.find((r) => r.name === 'Maria García')?.fields?.organization).toMatchObject({ name: 'Acme Logistics', external_id: 'ACC-10001' });
    const byEmail = await zd.records.lookup(defaultStep('zendesk', 'email'), 'maria.garcia@acme.example');
    expect(byEmail).toEqual([expect.objectContaining({ object: 'user', name: 'Maria García' })]);
  });
});
