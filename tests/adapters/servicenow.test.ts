import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceNowAdapters } from '../../shared/adapters/servicenow';
import type { CrmRecordRef } from '../../shared/vocabulary/crmRecord';
import { startMemoryEmulator } from '../support/emulator';
import type { RunningEmulator } from '../../emulator/server';
import { defaultStep } from '../../shared/ivr/lookupPlan';

let emulator: RunningEmulator;
let sn: ReturnType<typeof createServiceNowAdapters>;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  sn = createServiceNowAdapters({ instanceUrl: emulator.url, user: 'admin', password: 'emulator' });
});
afterAll(() => emulator?.close());

const interactionOf = async () => sn.interactionRecords.create({ channel: 'voice', from: '+14155550199', startedAt: new Date().toISOString() });

describe('ServiceNow adapter against the emulator', () => {
  it('finds a household by its landline however each member typed it (§5.1, §7.1)', async () => {
    const found = await sn.records.searchByPhone('+1 415 555 0199');
    expect(found.map((r) => [r.object, r.name]).sort()).toEqual([['csm_consumer', 'Ana Souza'], ['csm_consumer', 'Rafael Souza']]);
  });

  it('finds a business contact by mobile and by email', async () => {
    const byMobile = await sn.records.searchByPhone('6285552000');
    expect(byMobile.map((r) => r.name)).toContain('Maria García');
    const byEmail = await sn.records.searchByEmail('maria.garcia@acme.example');
    expect(byEmail).toEqual([expect.objectContaining({ object: 'customer_contact', name: 'Maria García' })]);
  });

  it('finds an account by its account number and a case by its number (§7.2)', async () => {
    const [account] = await sn.records.lookup(defaultStep('servicenow', 'account-number'), 'ACC-10001');
    expect(account).toMatchObject({ object: 'customer_account', name: 'Acme Logistics' });
    const [anyCase] = await sn.table.list('sn_customerservice_case', { limit: 1 });
    const [found] = await sn.records.lookup(defaultStep('servicenow', 'case-number'), String(anyCase.number));
    expect(found).toMatchObject({ object: 'sn_customerservice_case', id: anyCase.sys_id });
  });

  it('lists the cases of a consumer on demand (§5.2)', async () => {
    const [ana] = (await sn.records.searchByEmail('ana.souza@mail.example')).filter((r) => r.object === 'csm_consumer');
    const [cases] = await sn.records.relatedRecords(ana, [{ object: 'sn_customerservice_case', field: 'consumer', fields: ['short_description', 'state'] }]);
    expect(cases.records.map((r) => r.fields?.short_description)).toContain('Internet drops every evening');
  });

  it('creates, reads and updates a record; a missing mandatory field comes back as a field error (§4.2)', async () => {
    const created = await sn.records.create('csm_consumer', { first_name: 'Léa', last_name: 'Fontaine', phone: '+33 6 11 22 33 44' });
    if (!('written' in created)) throw created.invalid;
    expect(await sn.records.get(created.written, ['phone'])).toMatchObject({ name: 'Léa Fontaine' });
    expect(await sn.records.update(created.written, { email: 'lea.fontaine@mail.example' })).toEqual({ written: created.written });

    const refused = await sn.records.create('sn_customerservice_case', { description: 'No subject' });
    expect(refused).toMatchObject({ invalid: { kind: 'validation', crm: 'servicenow', status: 403, fields: { 'Short description': 'Short description is mandatory' } } });
    expect(await sn.records.get({ crm: 'servicenow', object: 'csm_consumer', id: '0'.repeat(32) })).toBeNull();
  });

  it('relates records to an interaction: same type replaces, another type adds, clicking again removes (§3.2)', async () => {
    const interaction = await interactionOf();
    const [ana, rafael] = (await sn.records.searchByPhone('+14155550199')).sort((a, b) => a.name.localeCompare(b.name));
    const [maria] = await sn.records.searchByEmail('maria.garcia@acme.example');

    expect((await sn.interactionRecords.relate(interaction, 'consumer', ana)).consumer?.id).toBe(ana.id);
    expect((await sn.interactionRecords.relate(interaction, 'consumer', rafael)).consumer?.id).toBe(rafael.id);
    const both = await sn.interactionRecords.relate(interaction, 'contact', maria);
    expect(both).toEqual({ consumer: expect.objectContaining({ id: rafael.id }), contact: expect.objectContaining({ id: maria.id }), account: null });
    expect((await sn.interactionRecords.relate(interaction, 'consumer', null)).consumer).toBeNull();
    await sn.interactionRecords.complete(interaction, { summary: 'Billing question answered' });
    expect((await sn.table.get('interaction', interaction.id, ['state'])).state).toBe('closed_complete');
  });

  it('writes back to a case once, however often it is retried (§2.3)', async () => {
    const interaction = await interactionOf();
    const [anyCase] = await sn.table.list('sn_customerservice_case', { limit: 1 });
    const caseRef: CrmRecordRef = { crm: 'servicenow', object: 'sn_customerservice_case', id: anyCase.sys_id };
    const activity = {
      record: caseRef,
      idempotencyKey: `interaction-${interaction.id}:link-1`,
      content: { contactName: 'Ana Souza', channel: 'voice' as const, startedAt: '2025-03-01T10:00:00Z', endedAt: '2025-03-01T10:05:00Z', durationSeconds: 300, agentName: 'Casey Agent', summary: 'Router reset', interactionRecord: interaction },
    };
    const first = await sn.activities.write(activity);
    const second = await sn.activities.write(activity);
    expect(second).toEqual(first);
    expect(await sn.activities.find(activity)).toEqual(first);
    const notes = await sn.table.list('sys_journal_field', { query: `element_id=${caseRef.id}^element=work_notes` });
    expect(notes.filter((n) => String(n.value).includes('Router reset'))).toHaveLength(1);
    const related = await sn.table.list('interaction_related_record', { query: `interaction=${interaction.id}` });
    expect(related).toHaveLength(1);
  });

  it('refuses bad credentials with ServiceNow\'s own message', async () => {
    const wrong = createServiceNowAdapters({ instanceUrl: emulator.url, user: 'admin', password: 'wrong' });
    await expect(wrong.records.searchByEmail('maria.garcia@acme.example')).rejects.toMatchObject({ kind: 'auth', status: 401, code: 'User Not Authenticated' });
  });
});
