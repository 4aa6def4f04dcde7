import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createDynamicsAdapters } from '../../shared/adapters/dynamics';
import { defaultStep } from '../../shared/ivr/lookupPlan';
import { isCrmError } from '../../shared/ports/crmError';
import { startMemoryEmulator } from '../support/emulator';

let emulator: RunningEmulator;
let dyn: ReturnType<typeof createDynamicsAdapters>;

/** The seeded app registration (README, "Seeded credentials"). */
const credentials = { tenant: 'customercard', clientId: 'customer-card-local', clientSecret: 'emulator-secret' };

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  dyn = createDynamicsAdapters({ environmentUrl: emulator.url, authorityUrl: emulator.url, ...credentials }, { lookupFields: () => ['cc_preferredlanguage', 'cc_nps', 'Subscription_Level__c'] });
});
afterAll(() => emulator?.close());

describe('Dynamics 365 adapter against the emulation (issue 19)', () => {
  it('§7.1 finds a contact by the ANI however the number was typed, with the facts the lookup asks for', async () => {
    const found = await dyn.records.lookup(defaultStep('dynamics', 'ani'), '+12065550142');
    expect(found).toEqual([expect.objectContaining({ crm: 'dynamics', object: 'contact', name: 'Théo Girardin' })]);
    expect(found[0].fields).toMatchObject({ firstname: 'Théo', cc_preferredlanguage: 'French', cc_nps: 9 });
    // A column the table lacks (another CRM's field in a routing rule) is left out, not refused.
    expect(found[0].fields).not.toHaveProperty('Subscription_Level__c');
    const byMobile = await dyn.records.searchByPhone('425 555 0133');
    expect(byMobile.map((r) => r.name)).toEqual(['Théo Girardin']);
  });

  it('§7.2 finds an account by number, an incident by ticket number and a contact by email', async () => {
    const [account] = await dyn.records.lookup(defaultStep('dynamics', 'account-number'), 'ACC-20001');
    expect(account).toMatchObject({ object: 'account', name: 'Fabrikam Robotics' });
    const [people] = await dyn.records.relatedRecords(account, [{ object: 'contact', field: 'parentcustomerid', limit: 5 }]);
    expect(people.records.map((r) => r.name)).toContain('Mei-Lin Zhou');
    const [byEmail] = await dyn.records.lookup(defaultStep('dynamics', 'email'), 'SEGUN.ADEYEMI@mail.example');
    expect(byEmail).toMatchObject({ object: 'contact', name: 'Olusegun Adeyemi' });
    const [incident] = (await dyn.api.call<{ value: { ticketnumber: string; incidentid: string }[] }>('/incidents?$select=ticketnumber&$top=1')).value;
    const [found] = await dyn.records.lookup(defaultStep('dynamics', 'case-number'), incident.ticketnumber);
    expect(found).toMatchObject({ object: 'incident', id: incident.incidentid });
    expect(found.fields?._customerid_value).toEqual(expect.any(String));
  });

  it('§2.2 writes back one phone call regarding the linked record, once per key', async () => {
    const [theo] = await dyn.records.searchByPhone('+1 206 555 0142');
    const write = {
      record: theo,
      idempotencyKey: 'int-1:link-1',
      content: { contactName: 'Théo Girardin', channel: 'voice' as const, startedAt: '2026-12-05T10:00:00Z', endedAt: '2026-12-05T10:06:00Z', durationSeconds: 360, agentName: 'Ava Agent', summary: 'Box replaced' },
    };
    expect(await dyn.activities.find(write)).toBeNull();
    const first = await dyn.activities.write(write);
    const again = await dyn.activities.write(write);
    expect(again).toEqual(first);
    const call = await dyn.records.read(first, ['subject', 'regardingobjectid', 'statecode', 'actualdurationminutes']);
    expect(call.fields).toMatchObject({ subject: 'Voice with Théo Girardin', _regardingobjectid_value: theo.id, statecode: 1, actualdurationminutes: 6 });
  });

  it('creates and updates rows and names a refused or missing one in the CRM error family', async () => {
    const created = await dyn.records.create('contact', { firstname: 'Inès', lastname: 'Moreau', telephone1: '+33 1 42 68 53 00' });
    if (!('written' in created)) throw new Error('not created');
    await dyn.records.update(created.written, { jobtitle: 'Buyer' });
    expect((await dyn.records.read(created.written, ['jobtitle'])).fields).toMatchObject({ jobtitle: 'Buyer' });
    expect(await dyn.records.get({ crm: 'dynamics', object: 'contact', id: '00000000-0000-0000-0000-000000000001' })).toBeNull();
    const refused = await dyn.records.create('contact', { no_such_column: 'x' });
    expect(refused).toMatchObject({ invalid: { kind: 'validation', crm: 'dynamics' } });
  });

  it('a wrong secret is an auth error, not a crash', async () => {
    const wrong = createDynamicsAdapters({ environmentUrl: emulator.url, authorityUrl: emulator.url, ...credentials, clientSecret: 'nope' });
    const error = await wrong.records.searchByPhone('+12065550142').catch((e: unknown) => e);
    expect(isCrmError(error) && error.kind).toBe('auth');
  });
});
