import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { placeCall } from './flow';

/**
 * The IVR path asks each CRM once per call (§7.1-§7.3): the lookup returns the fields the
 * greeting and the routing need, so nothing reads the record again.
 */
describe('IVR lookups: one request per CRM object searched, no second read', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let admin: CcClient;
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  /** What the contact center asked the CRMs, as `METHOD /path`, since `from`. */
  const crmRequests = (from: number) =>
    fetchSpy.mock.calls
      .slice(from)
      .map(([input, init]) => `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`)
      .filter((request) => !request.includes('/cc/v1/'));

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    admin = await signInCc(emulator.url, 'admin@customercard.example');
  });
  afterAll(async () => {
    fetchSpy.mockRestore();
    await emulator.close();
  });

  it('§7.1 identifies, greets and routes a caller with one Composite Batch in Salesforce (a search on phone fields, a query on Case.SuppliedPhone, a text field) and one Batch API request in ServiceNow (a list per person table)', async () => {
    await placeCall(agent, '+1 212 555 0999'); // signs the adapters in and describes the searched objects once
    const from = fetchSpy.mock.calls.length;
    const interaction = await placeCall(agent, '+1 415-555-1000');
    expect(interaction.ivr?.greeting).toBe('Hola Maria, le damos de nuevo la bienvenida a Alpine Fibre.');
    expect(interaction.routing?.queue).toBe('retention');
    expect(interaction.participantData).toMatchObject({ NPS__c: expect.any(Number), crmRecord: { crm: 'salesforce', object: 'Contact' } });
    // The demo also connects Dynamics 365 (one list per entity), Zendesk (one search, then the user's
    // organization) and asks its two data actions once each.
    expect(crmRequests(from).sort()).toEqual([
      'GET /api/data/v9.2/accounts',
      'GET /api/data/v9.2/contacts',
      'GET /api/v2/organizations/show_many.json',
      'GET /api/v2/search.json',
      'GET /demo-services/loyalty/members',
      'POST /api/now/v1/batch',
      'POST /demo-services/subscriptions/graphql',
      'POST /services/data/v62.0/composite/batch',
    ]);
    const bodyOf = (path: string) => JSON.parse(String(fetchSpy.mock.calls.slice(from).find(([input]) => String(input).endsWith(path))?.[1]?.body));
    const asked = (bodyOf('/composite/batch') as { batchRequests: { method: string; url: string }[] }).batchRequests;
    expect(asked.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET v62.0/search', 'GET v62.0/query']);
    const lists = (bodyOf('/api/now/v1/batch') as { rest_requests: { method: string; url: string }[] }).rest_requests;
    expect(lists.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /api/now/table/csm_consumer', 'GET /api/now/table/customer_contact', 'GET /api/now/table/customer_account']);
  });

  it('§7.3 a routing rule on a field the org lacks neither breaks the lookup nor the other rules; a parent field is read through the relationship', async () => {
    const config = (await admin.call('getConfig')).config;
    const rules = [
      { name: 'Unknown field', when: [{ field: 'Loyalty_Tier__c', op: 'eq', value: 'Gold' }], queue: 'business' },
      { name: 'Unknown parent field', when: [{ field: 'Account.No_Such_Field__c', op: 'exists' }], queue: 'business' },
      { name: 'Transport accounts', when: [{ field: 'Account.Industry', op: 'eq', value: 'Transportation' }], skills: [{ name: 'business', priority: 10 }] },
      { name: 'Detractors', when: [{ field: 'NPS__c', op: 'lte', value: 6 }], queue: 'retention' },
    ];
    expect((await admin.send('putConfig', { body: { ...config, routing: { defaultQueue: 'general', rules } } })).status).toBe(200);
    const interaction = await placeCall(agent, '(415) 555-1000');
    expect(interaction.ivr?.outcome).toBe('identified');
    expect(interaction.routing).toMatchObject({ queue: 'retention', skills: ['business'] });
  });
});
