import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { act, linksOf, placeCall, setState, type Interaction, type Ref } from '../contact-center/flow';
import { login } from '../salesforce/connect';
import { q, tableApi } from '../servicenow/tableApi';
import { signInCc, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';

/**
 * Issue 23, finding 8: a link names a record its CRM has, by an id of the CRM's shape; the
 * outbox could never write back anything else. Checked through the CRM port before accepting.
 */
describe('links to records that cannot be written back (finding 8)', () => {
  let emulator: RunningEmulator;
  let agent: SignedInClient;
  let call: Interaction;
  const real: Record<string, Ref> = {};
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    const sf = await login(emulator);
    const [maria] = (await sf.query<{ Id: string }>("SELECT Id FROM Contact WHERE Email = 'maria.garcia@acme.example'")).records;
    real.contact = { crm: 'salesforce', object: 'Contact', id: maria.Id };
    const consumers = await tableApi(emulator.url).get(`/api/now/table/customer_contact?sysparm_limit=1&sysparm_fields=sys_id&sysparm_query=${q('email=maria.garcia@acme.example')}`);
    real.consumer = { crm: 'servicenow', object: 'customer_contact', id: consumers.body.result[0].sys_id };
    agent = await signInCc(emulator.url);
    await setState(agent, 'available');
    call = await placeCall(agent, '+1 415-555-1000');
    await act(agent, call, 'answer');
  });
  afterAll(() => emulator.close());

  const linkTo = (record: Ref) => agent.send('createLink', { params: { id: call.id }, body: record });

  it.each([
    ['Salesforce', { crm: 'salesforce', object: 'Contact', id: 'not-an-id' }, 'NOT_FOUND', /not-an-id/],
    ['ServiceNow', { crm: 'servicenow', object: 'customer_contact', id: 'not-an-id' }, 'No Record found', /exist/],
  ] as const)('refuses not-an-id in %s with 400 and the CRM’s reason', async (_crm, record, code, message) => {
    const reply = await linkTo(record);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'invalid-record-id', crm: { code, message: expect.stringMatching(message) } });
  });

  it.each([
    ['a Salesforce Contact', { crm: 'salesforce', object: 'Contact', id: '003000000000999AAA' }, 'NOT_FOUND'],
    ['a Salesforce id of another object', { crm: 'salesforce', object: 'Account', id: 'CONTACT' }, 'NOT_FOUND'],
    ['a ServiceNow contact', { crm: 'servicenow', object: 'customer_contact', id: '0'.repeat(32) }, 'No Record found'],
  ] as const)('refuses %s that does not exist with 404 and the CRM’s reason', async (_what, record, code) => {
    const id = record.id === 'CONTACT' ? real.contact.id : record.id;
    const reply = await linkTo({ ...record, id });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: 'record-not-found', crm: { code } });
  });

  it('keeps nothing of the refused links, and links records that exist', async () => {
    expect(await linksOf(agent, call)).toEqual([]);
    for (const record of [real.contact, real.consumer]) expect((await linkTo(record)).status).toBe(201);
    expect((await linksOf(agent, call)).map((l) => l.record.id)).toEqual([real.contact.id, real.consumer.id]);
  });
});
