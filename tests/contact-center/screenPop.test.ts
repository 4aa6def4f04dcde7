import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { q, tableApi } from '../servicenow/tableApi';
import { startMemoryEmulator } from '../support/emulator';
import { CC_ADMIN, signInCc, type SignedInClient as CcClient } from '../support/cc';
import { act, placeCall, setState } from './flow';

describe('screen pop on answer by the rule of §7.6', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let admin: CcClient;
  let sf: Connection;
  let sn: ReturnType<typeof tableApi>;
  const ids: Record<string, string> = {};

  const snRows = async (table: string, query: string) => (await sn.get(`/api/now/table/${table}?sysparm_query=${q(query)}&sysparm_exclude_reference_link=true`)).body.result as Record<string, string>[];
  const caseCount = async () => (await snRows('sn_customerservice_case', 'ORDERBYnumber')).length;
  const answered = async (ani: string) => {
    const call = await placeCall(agent, ani);
    const result = await act(agent, call, 'answer');
    await act(agent, call, 'hangup');
    await act(agent, call, 'acw/complete');
    return result;
  };

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    sf = await login(emulator);
    sn = tableApi(emulator.url);
    ids.mariaSn = (await snRows('customer_contact', 'email=maria.garcia@acme.example'))[0].sys_id;
    ids.mariaCaseSn = (await snRows('sn_customerservice_case', `active=true^contact=${ids.mariaSn}`))[0].sys_id;
    ids.mariaSf = (await sf.query<{ Id: string }>("SELECT Id FROM Contact WHERE Email = 'maria.garcia@acme.example'")).records[0].Id;
    ids.mariaCaseSf = (await sf.query<{ Id: string }>(`SELECT Id FROM Case WHERE IsClosed = false AND ContactId = '${ids.mariaSf}'`)).records[0].Id;
    await setState(agent, 'available');
  });
  afterAll(() => emulator.close());

  it('Maria has an open case: answering opens it in ServiceNow and Salesforce, and creates no case', async () => {
    const before = await caseCount();
    const interaction = await answered('+1 (415) 555-1000');
    const sn = interaction.screenPops?.find((p) => p.crm === 'servicenow');
    expect(sn).toMatchObject({ object: 'sn_customerservice_case', id: ids.mariaCaseSn, opens: 'case', url: `/now/cwf/agent/record/sn_customerservice_case/${ids.mariaCaseSn}` });
    const salesforce = interaction.screenPops?.find((p) => p.crm === 'salesforce');
    expect(salesforce).toMatchObject({ object: 'Case', opens: 'case' });
    expect(salesforce!.id.slice(0, 15)).toBe(ids.mariaCaseSf.slice(0, 15));
    expect(await caseCount()).toBe(before);
  });

  it('with no open case the caller opens, with the offer of a new case', async () => {
    await sn.patch(`/api/now/table/sn_customerservice_case/${ids.mariaCaseSn}`, { state: '3', active: 'false' });
    try {
      const interaction = await answered('+1 (415) 555-1000');
      expect(interaction.screenPops?.find((p) => p.crm === 'servicenow')).toMatchObject({ object: 'customer_contact', id: ids.mariaSn, opens: 'customer', offerNewCase: true });
    } finally {
      await sn.patch(`/api/now/table/sn_customerservice_case/${ids.mariaCaseSn}`, { state: '10', active: 'true' });
    }
  });

  it('a caller nobody knows opens no record: only the interaction record exists, and no case is created', async () => {
    const before = await caseCount();
    const interaction = await answered('+1 212 555 0199');
    expect(interaction.ivr?.outcome).toBe('not-identified');
    expect(interaction.screenPops).toEqual([]);
    expect(interaction.screenPop).toBeUndefined();
    expect(interaction.interactionRecords.map((r) => r.object).sort()).toEqual(['Task', 'interaction']);
    expect(await caseCount()).toBe(before);
  });

  it('the admin sets a target per channel: the caller always, for calls', async () => {
    const { config } = await admin.call('getConfig');
    const res = await admin.send('putConfig', { body: { ...config, screenPop: { default: 'open-case', channels: { voice: 'customer' } } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    try {
      const interaction = await answered('+1 (415) 555-1000');
      expect(interaction.screenPops?.find((p) => p.crm === 'servicenow')).toMatchObject({ object: 'customer_contact', id: ids.mariaSn, opens: 'customer', offerNewCase: false });
    } finally {
      await admin.send('putConfig', { body: config });
    }
  });

  describe('the interaction record\'s whole life (Interaction Management)', () => {
    const interactionRow = async (sysId: string) =>
      (await sn.get(`/api/now/table/interaction/${sysId}?sysparm_exclude_reference_link=true&sysparm_fields=type,channel,state,contact,account,consumer,assigned_to,closed_at,opened_at`)).body.result as Record<string, string>;
    const workNotes = async (sysId: string) => (await snRows('sys_journal_field', `element_id=${sysId}^element=work_notes`)).map((row) => row.value).join('\n');

    it('answered: a phone interaction for Maria, her contact and account, assigned to the agent, in progress; closed complete after wrap-up', async () => {
      const agentUser = (await snRows('sys_user', 'email=agent@customercard.example'))[0].sys_id;
      const acme = (await snRows('customer_contact', `sys_id=${ids.mariaSn}`))[0].account;
      const call = await placeCall(agent, '+1 (415) 555-1000');
      const answeredCall = await act(agent, call, 'answer');
      const record = answeredCall.interactionRecords.find((r) => r.crm === 'servicenow')!;
      expect(await interactionRow(record.id)).toMatchObject({ type: 'phone', channel: 'Voice', state: 'work_in_progress', contact: ids.mariaSn, account: acme, consumer: '', assigned_to: agentUser, closed_at: '' });
      await act(agent, call, 'hangup');
      expect((await interactionRow(record.id)).state).toBe('work_in_progress');
      await act(agent, call, 'acw/complete');
      const closed = await interactionRow(record.id);
      expect(closed.state).toBe('closed_complete');
      expect(closed.closed_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(await workNotes(record.id)).toMatch(/Interaction completed\.\nDuration: \d+ s/);
      // The case opened on answer is listed with the interaction.
      expect(await snRows('interaction_related_record', `interaction=${record.id}`)).toEqual([expect.objectContaining({ document_table: 'sn_customerservice_case', document_id: ids.mariaCaseSn })]);
    });

    it('a call given up before anyone answered leaves a closed_abandoned interaction', async () => {
      const call = await placeCall(agent, '+1 (415) 555-1000');
      const gone = await act(agent, call, 'hangup');
      expect(gone.state).toBe('closed');
      const record = gone.interactionRecords.find((r) => r.crm === 'servicenow')!;
      const row = await interactionRow(record.id);
      expect(row).toMatchObject({ state: 'closed_abandoned', contact: ids.mariaSn, assigned_to: '' });
      expect(await workNotes(record.id)).toContain('Abandoned before an agent answered.');
    });
  });
});
