import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { act, link, placeCall, settledLinks, setState, type Interaction, type Ref } from './flow';

type Task = { Id: string; Status: string; IsClosed: boolean; WhoId: string | null; WhatId: string | null; CallType: string | null; CallDurationInSeconds: number | null; CallDisposition: string | null; Description: string | null };

const MARIA_PHONE = '+1 (415) 555-1000';

describe('the interaction Task of a call in Salesforce (§2.3, §3.1)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let sf: Connection;
  let maria: Ref;
  let acme: Ref;

  const sfId = async (soql: string) => (await sf.query<{ Id: string }>(soql)).records[0].Id;
  const task = async (id: string) =>
    (await sf.query<Task>(`SELECT Id, Status, IsClosed, WhoId, WhatId, CallType, CallDurationInSeconds, CallDisposition, Description FROM Task WHERE Id = '${id}'`)).records[0];
  const interactionTaskOf = (interaction: Interaction) => {
    const ref = interaction.interactionRecords.find((r) => r.crm === 'salesforce');
    expect(ref?.object).toBe('Task');
    return ref!.id;
  };
  /** Every Task the call made (its own and the write-backs of its links) that is still open. */
  const openTasksOf = async (taskId: string, linkIds: string[] = []) => {
    const keys = linkIds.length ? ` OR Customer_Card_Key__c IN (${linkIds.map((id) => `'${id}'`).join(', ')})` : '';
    return (await sf.query<Task>(`SELECT Id, Subject FROM Task WHERE IsClosed = false AND (Id = '${taskId}'${keys})`)).records;
  };
  const hangUpAndWrapUp = async (call: Interaction, wrapUp?: { disposition: string; notes: string }) => {
    await act(agent, call, 'hangup');
    if (!wrapUp) return act(agent, call, 'acw/complete');
    const res = await agent.send('completeAfterCallWork', { params: { id: call.id }, body: wrapUp });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as { interaction: Interaction }).interaction;
  };
  /** Maria goes into the Task's Name as the card's relate control writes it (UI API updateRecord is a PATCH). */
  const relateMaria = (taskId: string) => sf.sobject('Task').update({ Id: taskId, WhoId: maria.id });

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    sf = await login(emulator);
    maria = { crm: 'salesforce', object: 'Contact', id: await sfId("SELECT Id FROM Contact WHERE Email = 'maria.garcia@acme.example'") };
    acme = { crm: 'salesforce', object: 'Account', id: await sfId("SELECT Id FROM Account WHERE AccountNumber = 'ACC-10001'") };
    await setState(agent, 'available');
  });
  afterAll(() => emulator.close());

  it('completes the call Task when the call ends, and the Account write-back names Maria', async () => {
    const call = await placeCall(agent, MARIA_PHONE);
    const answered = await act(agent, call, 'answer');
    const taskId = interactionTaskOf(answered);
    expect(await task(taskId)).toMatchObject({ Status: 'In Progress', IsClosed: false, CallType: 'Inbound' });
    await relateMaria(taskId);
    const accountLink = await link(agent, call, acme);

    await hangUpAndWrapUp(call);
    await settledLinks(agent, [call]);

    const own = await task(taskId);
    expect(own).toMatchObject({ Status: 'Completed', IsClosed: true, CallType: 'Inbound', WhoId: maria.id });
    expect(own.CallDurationInSeconds).toEqual(expect.any(Number));
    const written = (await sf.query<Task>(`SELECT Id, Status, WhoId, WhatId, CallType FROM Task WHERE Customer_Card_Key__c = '${accountLink.id}'`)).records;
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ Status: 'Completed', WhatId: acme.id, WhoId: maria.id, CallType: 'Inbound' });
    expect(await openTasksOf(taskId, [accountLink.id])).toEqual([]);
  });

  it('puts the disposition and the notes of the wrap-up on the call Task', async () => {
    const call = await placeCall(agent, MARIA_PHONE);
    const taskId = interactionTaskOf(await act(agent, call, 'answer'));
    await relateMaria(taskId);
    const accountLink = await link(agent, call, acme);
    await hangUpAndWrapUp(call, { disposition: 'resolved', notes: 'Moved the service to the new address.' });
    await settledLinks(agent, [call]);

    const own = await task(taskId);
    expect(own).toMatchObject({ Status: 'Completed', CallDisposition: 'Resolved', WhoId: maria.id });
    expect(own.CallDurationInSeconds).toEqual(expect.any(Number));
    expect(own.Description).toContain('Moved the service to the new address.');
    const [written] = (await sf.query<Task>(`SELECT Id, WhoId FROM Task WHERE Customer_Card_Key__c = '${accountLink.id}'`)).records;
    expect(written.WhoId).toBe(maria.id);
    expect(await openTasksOf(taskId, [accountLink.id])).toEqual([]);
  });

  it('leaves no open Task of a call the caller gave up before anyone answered', async () => {
    const call = await placeCall(agent, MARIA_PHONE);
    const gone = await act(agent, call, 'hangup');
    expect(gone.state).toBe('closed');
    const taskId = interactionTaskOf(gone);
    expect(await task(taskId)).toMatchObject({ Status: 'Completed', CallType: 'Inbound' });
    expect(await openTasksOf(taskId)).toEqual([]);
  });

  it('keeps one Task through a transfer and completes it when the call finally ends', async () => {
    const call = await placeCall(agent, MARIA_PHONE);
    const taskId = interactionTaskOf(await act(agent, call, 'answer'));
    const accountLink = await link(agent, call, acme);
    const transferred = await act(agent, call, 'transfer', { queue: 'general' });
    // The only available agent of the queue is offered the call again; the same Task stays with it.
    expect(transferred.state).toBe('alerting');
    expect(interactionTaskOf(await act(agent, call, 'answer'))).toBe(taskId);
    const ended = await hangUpAndWrapUp(call);
    await settledLinks(agent, [call]);
    expect(interactionTaskOf(ended)).toBe(taskId);
    expect((await task(taskId)).Status).toBe('Completed');
    expect(await openTasksOf(taskId, [accountLink.id])).toEqual([]);
  });
});
