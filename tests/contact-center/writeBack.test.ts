import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { login } from '../salesforce/connect';
import { q, tableApi } from '../servicenow/tableApi';
import { startMemoryEmulator } from '../support/emulator';
import { signInCc, type SignedInClient as CcClient } from '../support/cc';
import { act, handleCall, link, linksOf, placeCall, settledLinks, setState, type Interaction, type Ref } from './flow';

type Task = { Id: string; WhoId: string | null; WhatId: string | null; TaskSubtype: string; Customer_Card_Key__c: string };

describe('write-back of linked records (§2.2, §2.3)', () => {
  let emulator: RunningEmulator;
  let agent: CcClient;
  let sf: Connection;
  let sn: ReturnType<typeof tableApi>;
  const people: Record<string, Ref> = {};

  const sfId = async (soql: string) => (await sf.query<{ Id: string }>(soql)).records[0].Id;
  const snId = async (table: string, query: string) => (await sn.get(`/api/now/table/${table}?sysparm_query=${q(query)}`)).body.result[0].sys_id as string;
  const tasksWithKey = async (key: string) =>
    (await sf.query<Task>(`SELECT Id, WhoId, WhatId, TaskSubtype, Customer_Card_Key__c FROM Task WHERE Customer_Card_Key__c = '${key}'`)).records;
  const relatedRecords = async (documentId: string) =>
    (await sn.get(`/api/now/table/interaction_related_record?sysparm_query=${q(`document_id=${documentId}`)}`)).body.result as { interaction: { value: string } | string }[];

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    sf = await login(emulator);
    sn = tableApi(emulator.url);
    people.mariaContact = { crm: 'salesforce', object: 'Contact', id: await sfId("SELECT Id FROM Contact WHERE Email = 'maria.garcia@acme.example'") };
    people.acme = { crm: 'salesforce', object: 'Account', id: await sfId("SELECT Id FROM Account WHERE AccountNumber = 'ACC-10001'") };
    people.mariaCase = { crm: 'salesforce', object: 'Case', id: await sfId("SELECT Id FROM Case WHERE Subject = 'Move service to a new address'") };
    people.mariaSn = { crm: 'servicenow', object: 'customer_contact', id: await snId('customer_contact', 'email=maria.garcia@acme.example') };
    people.omar = { crm: 'salesforce', object: 'Contact', id: await sfId("SELECT Id FROM Contact WHERE Email = 'omar.haddad@mail.example'") };
    people.priyaSn = { crm: 'servicenow', object: 'csm_consumer', id: await snId('csm_consumer', 'email=priya.sharma@mail.example') };
    await setState(agent, 'available');
  });
  afterAll(() => emulator.close());

  it('link -> hangup -> after-call work writes exactly one activity per linked record, none for one unlinked before', async () => {
    const call = await placeCall(agent, '+1 (415) 555-1000');
    expect(call.state).toBe('alerting');
    const answered = await act(agent, call, 'answer');
    const snInteraction = answered.interactionRecords.find((r) => r.crm === 'servicenow');
    expect(snInteraction?.object).toBe('interaction');
    const links = [];
    for (const record of [people.mariaContact, people.acme, people.mariaSn, people.mariaCase]) links.push(await link(agent, call, record));
    const caseLink = links[3];
    expect((await agent.send('deleteLink', { params: { id: call.id, linkId: caseLink.id } })).status).toBe(200);

    await act(agent, call, 'hangup');
    // The call ended but after-call work is not done: not the moment yet (§2.3).
    expect((await linksOf(agent, call)).map((l) => l.state)).toEqual(['linked', 'linked', 'linked', 'unlinked']);
    expect(await tasksWithKey(links[0].id)).toHaveLength(0);

    await act(agent, call, 'acw/complete');
    const settled = await settledLinks(agent, [call]);
    expect(settled.map((l) => l.state)).toEqual(['written', 'written', 'written', 'unlinked']);

    const [contactTask] = await tasksWithKey(links[0].id);
    expect(await tasksWithKey(links[0].id)).toHaveLength(1);
    expect(contactTask).toMatchObject({ WhoId: people.mariaContact.id, TaskSubtype: 'Call' });
    const accountTasks = await tasksWithKey(links[1].id);
    expect(accountTasks).toHaveLength(1);
    expect(accountTasks[0].WhatId).toBe(people.acme.id);
    expect(await tasksWithKey(caseLink.id)).toHaveLength(0);
    expect((await sf.query(`SELECT Id FROM Task WHERE WhatId = '${people.mariaCase.id}' AND Customer_Card_Key__c != null`)).totalSize).toBe(0);

    const related = await relatedRecords(people.mariaSn.id);
    expect(related).toHaveLength(1);
    const interactionRef = related[0].interaction;
    expect(typeof interactionRef === 'string' ? interactionRef : interactionRef.value).toBe(snInteraction?.id);
  });

  it('refuses an illegal transition with 409 and the current state', async () => {
    const call = await handleCall(agent, '415-555-1014', []);
    expect(call.state).toBe('closed');
    const again = await agent.send('answerInteraction', { params: { id: call.id } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'illegal_transition', state: 'closed' });

    const ringing = await placeCall(agent, '415.555.1021');
    const early = await agent.send('completeAfterCallWork', { params: { id: ringing.id } });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ state: 'alerting' });
    expect((await agent.send('unassignInteraction', { params: { id: ringing.id } })).body).toMatchObject({ state: 'alerting' });
    await act(agent, ringing, 'hangup');
  });

  const chat = async (from: string, channel = 'chat'): Promise<Interaction> => {
    const res = await agent.send('startDigitalInteraction', { body: { channel, from, subject: 'Router blinking red', text: 'Hi, my router blinks red since this morning.' } });
    expect(res.status).toBe(201);
    expect(res.body.interaction.state).toBe('assigned');
    return res.body.interaction;
  };

  it('a digital transfer writes back the linked records once, and a second transfer adds nothing', async () => {
    const conversation = await chat('omar.haddad@mail.example');
    const contactLink = await link(agent, conversation, people.omar);
    const consumerLink = await link(agent, conversation, people.priyaSn);
    expect(await tasksWithKey(contactLink.id)).toHaveLength(0);

    const transferred = await act(agent, conversation, 'transfer', { queue: 'general' });
    // The only available agent of the queue takes it straight back.
    expect(transferred.history.map((h) => h.state)).toEqual(['queued', 'assigned', 'transferred', 'assigned']);
    await settledLinks(agent, [conversation]);
    const tasks = await tasksWithKey(contactLink.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ WhoId: people.omar.id, TaskSubtype: 'Task' });
    expect(await relatedRecords(people.priyaSn.id)).toHaveLength(1);

    // The agent hands it on once more: the activity is updated, not doubled.
    await act(agent, conversation, 'transfer', { queue: 'general' });
    await settledLinks(agent, [conversation]);
    expect(await tasksWithKey(contactLink.id)).toHaveLength(1);
    expect(await relatedRecords(people.priyaSn.id)).toHaveLength(1);
    expect(consumerLink.state).toBe('linked');
  });

  it('an email unassigned by the agent writes back an Email activity', async () => {
    const email = await chat('maria.garcia@acme.example', 'email');
    const contactLink = await link(agent, email, people.mariaContact);
    await act(agent, email, 'unassign');
    await settledLinks(agent, [email]);
    const tasks = await tasksWithKey(contactLink.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0].TaskSubtype).toBe('Email');
  });
});
