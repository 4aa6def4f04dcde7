import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { act, link, linksOf, placeCall, setState, type Ref } from './flow';

/** The seeded Zendesk API token (README, "Seeded credentials"). */
const ZENDESK = { email: 'admin@customercard.example', apiToken: 'emulator-token' };

/**
 * Issue 19: with Dynamics 365 and Zendesk connected, the IVR searches them in parallel with
 * Salesforce and ServiceNow; a caller known to only one of them is identified, greeted by
 * name and routed by a rule on a customer fact, whatever CRM holds the fact.
 */
describe('IVR targets beyond Salesforce and ServiceNow (issue 19)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let admin: CcClient;

  beforeAll(async () => {
    const { startMemoryEmulator } = await import('../support/emulator');
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    admin = await signInCc(emulator.url, 'admin@customercard.example');
    // A customer Zendesk alone knows, made through the Support API as a help desk would.
    const auth = `Basic ${Buffer.from(`${ZENDESK.email}/token:${ZENDESK.apiToken}`).toString('base64')}`;
    const created = await fetch(`${emulator.url}/api/v2/users.json`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { name: 'Nadia Haddad', email: 'nadia.haddad@mail.example', phone: '+1 (971) 555-0164', locale: 'fr-CA', role: 'end-user' } }),
    });
    expect(created.status).toBe(201);
    const config = (await admin.call('getConfig')).config;
    const rules = [
      { name: 'Gold customers', when: [{ fact: 'tier', op: 'eq', value: 'Gold' }], queue: 'business' },
      { name: 'Quebec French', when: [{ fact: 'language', op: 'eq', value: 'fr-CA' }], queue: 'retention' },
    ];
    const connections = { ...config.connections, dynamics: {}, zendesk: { baseUrl: emulator.url, ...ZENDESK } };
    // A generous budget: the first lookup also signs in and reads the tables' metadata, on a busy test machine.
    const ivr = { ...config.ivr, budgetMs: 8000 };
    const res = await admin.send('putConfig', { body: { ...config, connections, ivr, routing: { defaultQueue: 'general', rules } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
  afterAll(() => emulator?.close());

  it('§7.6, §2.2 answering a Dynamics caller opens their record form; a linked contact gets one phone call written back', async () => {
    await setState(agent, 'available');
    // The first call of the file: the agent is free for it. Mei-Lin Zhou (Fabrikam) is in Dynamics 365 only.
    const call = await placeCall(agent, '+1 206 555 0187');
    const answered = await act(agent, call, 'answer');
    const pop = answered.screenPops?.find((p) => p.crm === 'dynamics');
    expect(pop).toMatchObject({ object: 'contact', opens: 'customer', url: `/main.aspx?pagetype=entityrecord&etn=contact&id=${pop?.id}` });
    const page = await fetch(`${emulator.url}${pop?.url}`);
    expect(await page.text()).toContain('<h1>Mei-Lin Zhou</h1>');
    await link(agent, call, { crm: 'dynamics', object: 'contact', id: pop!.id } as unknown as Ref);
    await act(agent, call, 'hangup');
    await act(agent, call, 'acw/complete');
    await expect.poll(async () => (await linksOf(agent, call)).map((l) => l.state), { timeout: 10_000 }).toEqual(['written']);
    await setState(agent, 'unavailable');
  });

  it('a caller found only in Dynamics 365 is identified, greeted in their language and routed by their tier', async () => {
    const interaction = await placeCall(agent, '(206) 555-0142');
    expect(interaction.ivr).toMatchObject({ outcome: 'identified', matches: [{ crm: 'dynamics', object: 'contact', name: 'Théo Girardin' }] });
    expect(interaction.ivr?.greeting).toBe('Bonjour Théo, nous sommes heureux de vous retrouver chez Alpine Fibre.');
    expect(interaction.routing?.queue).toBe('business');
    expect(interaction.participantData).toMatchObject({ crmRecord: { crm: 'dynamics', object: 'contact' }, tier: 'Gold' });
  });

  it('a caller found only in Zendesk (any phone format) is identified, greeted by name and routed by their language', async () => {
    const interaction = await placeCall(agent, '+19715550164');
    expect(interaction.ivr).toMatchObject({ outcome: 'identified', matches: [{ crm: 'zendesk', object: 'user', name: 'Nadia Haddad' }] });
    expect(interaction.ivr?.greeting).toBe('Bonjour Nadia, nous sommes heureux de vous retrouver chez Alpine Fibre.');
    expect(interaction.routing?.queue).toBe('retention');
  });

  it('the console tests the Dynamics 365 and Zendesk connections and checks a Dynamics lookup plan against its tables', async () => {
    for (const crm of ['dynamics', 'zendesk'] as const) {
      const tested = await admin.call('testConnection', { body: { crm } });
      expect(tested).toMatchObject({ crm, ok: true, record: { crm } });
      expect(JSON.stringify(tested.requests)).not.toContain('emulator-secret');
    }
    const config = (await admin.call('getConfig')).config;
    const plan = [{ identifier: 'ani', targets: [{ object: 'contact', fields: ['telephone1', 'no_such_column'] }] }];
    const res = await admin.send('putConfig', { body: { ...config, ivr: { ...config.ivr, lookup: { ...config.ivr.lookup, dynamics: plan } } } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("contact has no field 'no_such_column'");
  });

  it('a caller known to Salesforce and ServiceNow is still one caller, routed as before', async () => {
    const interaction = await placeCall(agent, '+1 415-555-1000');
    expect(interaction.ivr?.outcome).toBe('identified');
    expect(interaction.ivr?.skipped).toBeUndefined();
  });
});
