import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesforceAdapters, type SalesforceConfig } from '../../shared/adapters/salesforce';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { defaultStep } from '../../shared/ivr/lookupPlan';

let emulator: RunningEmulator;
let sf: ReturnType<typeof createSalesforceAdapters>;

const loginOf = (url: string, password = 'emulator'): SalesforceConfig['login'] => ({
  loginUrl: url,
  username: 'agent@customercard.example',
  password,
  clientId: 'customer-card-local',
  clientSecret: 'emulator-secret',
});

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  sf = createSalesforceAdapters({ login: loginOf(emulator.url) });
});
afterAll(() => emulator?.close());

const content = (summary: string) => ({
  contactName: 'Maria García',
  channel: 'voice' as const,
  startedAt: '2025-03-01T10:00:00Z',
  endedAt: '2025-03-01T10:05:00Z',
  durationSeconds: 300,
  agentName: 'Casey Agent',
  summary,
});

describe('Salesforce adapter against the emulator', () => {
  it('finds contacts, accounts and leads by phone however it was typed (§7.1)', async () => {
    const found = await sf.records.searchByPhone('+1 415-555-1000');
    expect(found).toContainEqual(expect.objectContaining({ object: 'Contact', name: 'Maria García' }));
    const lead = await sf.records.searchByPhone('4155550420');
    expect(lead).toContainEqual(expect.objectContaining({ object: 'Lead', name: "Siobhán O'Connor" }));
  });

  it('finds people by email and records by account and case number (§7.2)', async () => {
    expect(await sf.records.searchByEmail('maria.garcia@acme.example')).toContainEqual(expect.objectContaining({ object: 'Contact', name: 'Maria García' }));
    const [account] = await sf.records.lookup(defaultStep('salesforce', 'account-number'), 'ACC-10001');
    expect(account).toMatchObject({ object: 'Account', name: 'Acme Logistics' });
    const [maria] = (await sf.records.searchByEmail('maria.garcia@acme.example')).filter((r) => r.object === 'Contact');
    const [cases] = await sf.records.relatedRecords(maria, [{ object: 'Case', field: 'ContactId', fields: ['Subject', 'Status'] }]);
    expect(cases.records.map((r) => r.fields?.Subject)).toContain('Move service to a new address');
    const [byNumber] = await sf.records.lookup(defaultStep('salesforce', 'case-number'), cases.records[0].name);
    expect(byNumber).toMatchObject({ object: 'Case', id: cases.records[0].id });
  });

  it('creates and updates records; a missing required field comes back beside the field (§4.2)', async () => {
    const created = await sf.records.create('Contact', { FirstName: 'Léa', LastName: 'Fontaine', Phone: '+33 6 11 22 33 44' });
    if (!('written' in created)) throw created.invalid;
    expect(await sf.records.update(created.written, { Email: 'lea.fontaine@mail.example' })).toEqual({ written: created.written });
    expect(await sf.records.get(created.written, ['Email'])).toMatchObject({ name: 'Léa Fontaine', fields: expect.objectContaining({ Email: 'lea.fontaine@mail.example' }) });

    const refused = await sf.records.create('Contact', { FirstName: 'Nameless' });
    expect(refused).toMatchObject({ invalid: { kind: 'validation', code: 'REQUIRED_FIELD_MISSING', fields: { LastName: expect.any(String) } } });

    const batch = await sf.records.createMany([
      { object: 'Lead', fields: { LastName: 'Okafor', Company: 'Okafor Foods' } },
      { object: 'Lead', fields: { FirstName: 'No company' } },
    ]);
    expect(batch[0]).toMatchObject({ written: { object: 'Lead' } });
    expect(batch[1]).toMatchObject({ invalid: { kind: 'validation', code: 'REQUIRED_FIELD_MISSING' } });
  });

  it('relates the call Task: contacts to Name, accounts to Related To, and Salesforce refuses a lead with Related To (§3.1)', async () => {
    const task = await sf.interactionRecords.create({ channel: 'voice', from: '+1 415 555 1000', startedAt: new Date().toISOString() });
    const [maria] = (await sf.records.searchByEmail('maria.garcia@acme.example')).filter((r) => r.object === 'Contact');
    const [acme] = await sf.records.lookup(defaultStep('salesforce', 'account-number'), 'ACC-10001');
    await sf.interactionRecords.relate(task, 'WhoId', maria);
    const both = await sf.interactionRecords.relate(task, 'WhatId', acme);
    expect(both.WhoId).toMatchObject({ object: 'Contact', id: maria.id });
    expect(both.WhatId).toMatchObject({ object: 'Account', id: acme.id });

    const [lead] = (await sf.records.searchByPhone('4155550420')).filter((r) => r.object === 'Lead');
    await expect(sf.interactionRecords.relate(task, 'WhoId', lead)).rejects.toMatchObject({ kind: 'validation', crm: 'salesforce' });
    await sf.interactionRecords.complete(task, { summary: 'Moved the line', durationSeconds: 312 });
    const done = await sf.records.get(task, ['Status', 'CallDurationInSeconds', 'TaskSubtype']);
    expect(done?.fields).toMatchObject({ Status: 'Completed', CallDurationInSeconds: 312, TaskSubtype: 'Call' });
  });

  it('writes back one Task per idempotency key, however often it is retried (§2.3)', async () => {
    const [maria] = (await sf.records.searchByEmail('maria.garcia@acme.example')).filter((r) => r.object === 'Contact');
    const write = { record: maria, idempotencyKey: `call-${Date.now()}:link-1`, content: content('Moved the line') };
    const first = await sf.activities.write(write);
    const again = await sf.activities.write(write);
    expect(again).toEqual(first);
    const task = await sf.records.get(first, ['WhoId', 'Status', 'Customer_Card_Key__c']);
    expect(task?.fields).toMatchObject({ WhoId: maria.id, Status: 'Completed', Customer_Card_Key__c: write.idempotencyKey });
  });

  it('names the call’s Contact on the Task written on a linked Account, never a Lead (§2.2)', async () => {
    const [maria] = (await sf.records.searchByEmail('maria.garcia@acme.example')).filter((r) => r.object === 'Contact');
    const [acme] = await sf.records.lookup(defaultStep('salesforce', 'account-number'), 'ACC-10001');
    const call = await sf.interactionRecords.create({ channel: 'voice', from: '+1 415 555 1000', startedAt: new Date().toISOString() });
    await sf.interactionRecords.relate(call, 'WhoId', maria);
    const onAccount = await sf.activities.write({ record: acme, idempotencyKey: `call-${Date.now()}:acme`, content: { ...content('Moved the line'), interactionRecord: call } });
    expect((await sf.records.get(onAccount, ['WhoId', 'WhatId']))?.fields).toMatchObject({ WhoId: maria.id, WhatId: acme.id });

    const [lead] = (await sf.records.searchByPhone('4155550420')).filter((r) => r.object === 'Lead');
    const leadCall = await sf.interactionRecords.create({ channel: 'voice', from: '4155550420', startedAt: new Date().toISOString() });
    await sf.interactionRecords.relate(leadCall, 'WhoId', lead);
    const noWho = await sf.activities.write({ record: acme, idempotencyKey: `call-${Date.now()}:lead`, content: { ...content('Asked for a quote'), interactionRecord: leadCall } });
    expect((await sf.records.get(noWho, ['WhoId', 'WhatId']))?.fields).toMatchObject({ WhoId: null, WhatId: acme.id });
  });

  it('logs in again once when the session is no longer valid, and reports bad credentials', async () => {
    const stale = createSalesforceAdapters({ instanceUrl: emulator.url, accessToken: 'expired-token', login: loginOf(emulator.url) });
    expect(await stale.records.lookup(defaultStep('salesforce', 'account-number'), 'ACC-10001')).toHaveLength(1);
    const wrong = createSalesforceAdapters({ login: loginOf(emulator.url, 'wrong') });
    await expect(wrong.records.searchByPhone('+14155551000')).rejects.toMatchObject({ kind: 'auth', code: 'invalid_grant' });
  });
});
