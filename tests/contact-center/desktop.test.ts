import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createCcClient } from '../../shared/contract';
import { login } from '../salesforce/connect';
import { q, tableApi } from '../servicenow/tableApi';
import { CC_ADMIN, openEvents, signInCc, type ReceivedEvent, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';
import { act, eventually, link, linksOf, placeCall, setState, settledLinks, type Interaction } from './flow';

type Events = Awaited<ReturnType<typeof openEvents>>;

/** The next event of `type` whose data passes `check`, skipping the others of that type. */
async function nextWhere(events: Events, type: ReceivedEvent['event'], check: (data: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<ReceivedEvent> {
  for (;;) {
    const event = await events.next(type, timeoutMs);
    if (check(event.data)) return event;
  }
}

const interactionOf = (event: ReceivedEvent) => event.data.interaction as Interaction;
const focusOf = (event: ReceivedEvent) => (event.data.agent as { focusInteractionId?: string }).focusInteractionId;

describe('the agent desktop (issue 15)', () => {
  let emulator: RunningEmulator;
  let agent: SignedInClient;
  let admin: SignedInClient;
  let sf: Connection;
  let sn: ReturnType<typeof tableApi>;
  let events: Events;

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    agent = await signInCc(emulator.url);
    admin = await signInCc(emulator.url, CC_ADMIN.username, CC_ADMIN.password);
    sf = await login(emulator);
    sn = tableApi(emulator.url);
    await setState(agent, 'available');
    events = await openEvents(agent);
  });
  afterAll(async () => {
    events.close();
    await emulator.close();
  });

  /** A digital interaction from `from`, and the channel's client that writes as the customer. */
  const digital = async (from: string, channel: 'chat' | 'email' | 'whatsapp' = 'chat') => {
    const res = await agent.send('startDigitalInteraction', { body: { channel, from, text: 'Hello, my router blinks red.' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const customer = createCcClient({ baseUrl: emulator.url, token: agent.token, headers: { 'x-cc-customer-token': res.body.customerToken } });
    return { interaction: res.body.interaction, customer };
  };
  const focus = async () => (await agent.call('getMe')).agent.focusInteractionId;
  const putConfig = async (change: Record<string, unknown>) => {
    const { config } = await admin.call('getConfig');
    const res = await admin.send('putConfig', { body: { ...config, ...change } as never });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return config;
  };

  it('a chat arrives live, is accepted (taking the focus), replied to, ended and written back once', async () => {
    const sfContact = (await sf.query<{ Id: string }>("SELECT Id FROM Contact WHERE Email = 'omar.haddad@mail.example'")).records[0].Id;
    const { interaction: chat, customer } = await digital('omar.haddad@mail.example');
    const alert = await nextWhere(events, 'interaction.alerting', (d) => (d.interaction as Interaction).id === chat.id);
    expect(interactionOf(alert).state).toBe('assigned');

    const accepted = await act(agent, chat, 'accept');
    expect(accepted.acceptedAt).toBeDefined();
    expect(focusOf(await events.next('agent.updated'))).toBe(chat.id);

    // The customer writes: the agent's stream carries it, no reload.
    await customer.call('postMessage', { params: { id: chat.id }, body: { from: 'omar.haddad@mail.example', text: 'Still red.' } });
    const updated = await nextWhere(events, 'interaction.updated', (d) => (d.interaction as Interaction).messages.some((m) => m.text === 'Still red.'));
    expect(interactionOf(updated).messages.at(-1)).toMatchObject({ direction: 'inbound' });
    const reply = await agent.send('postMessage', { params: { id: chat.id }, body: { from: agent.agent.name, text: 'Let me reset it.' } });
    expect(reply.body.message).toMatchObject({ direction: 'outbound' });

    const contactLink = await link(agent, chat, { crm: 'salesforce', object: 'Contact', id: sfContact });
    expect((await agent.send('closeInteraction', { params: { id: chat.id } })).body.interaction).toMatchObject({ state: 'closed' });
    const [written] = await settledLinks(agent, [chat]);
    expect(written).toMatchObject({ state: 'written', writeBack: { status: 'written', attempts: 1 } });
    expect((await sf.query(`SELECT Id FROM Task WHERE Customer_Card_Key__c = '${contactLink.id}'`)).totalSize).toBe(1);
    expect(await focus()).toBeUndefined();
    expect((await agent.send('closeInteraction', { params: { id: chat.id } })).status).toBe(409);
    expect((await agent.send('retryWriteBack', { params: { id: chat.id, linkId: contactLink.id } })).status).toBe(409);
  });

  it('the focus is the agent’s: an answer takes it when free, the agent moves it, a close moves it on', async () => {
    const call = await placeCall(agent, '+1 415-555-1000');
    expect(call.context).toMatchObject({
      customerName: 'Maria García',
      queue: { key: 'retention', name: 'Retention' },
      skills: expect.arrayContaining([{ key: 'spanish', name: 'Spanish' }]),
    });
    expect(call.context?.facts).toEqual(expect.arrayContaining([{ key: 'language', label: 'Preferred language', value: 'Spanish' }]));
    expect(call.context?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^Detractors go to retention: sent to the Retention queue and needs the skill Retention\.$/)]));

    await act(agent, call, 'answer');
    expect(await focus()).toBe(call.id);
    const { interaction: email } = await digital('maria.garcia@acme.example', 'email');
    await act(agent, email, 'accept');
    expect(await focus()).toBe(call.id);

    expect((await agent.send('setAgentFocus', { params: { id: agent.agent.id }, body: { interactionId: email.id } })).body.agent).toMatchObject({ focusInteractionId: email.id });
    expect((await agent.send('setAgentFocus', { params: { id: admin.agent.id }, body: { interactionId: null } })).status).toBe(403);
    expect((await agent.send('setAgentFocus', { params: { id: agent.agent.id }, body: { interactionId: 'int-999999' } })).status).toBe(404);
    const closedOne = (await agent.call('listInteractions', { query: { state: 'closed' } })).interactions[0];
    expect((await agent.send('setAgentFocus', { params: { id: agent.agent.id }, body: { interactionId: closedOne.id } })).status).toBe(409);

    await agent.call('closeInteraction', { params: { id: email.id } });
    expect(await focus()).toBe(call.id);

    const inAcw = await act(agent, call, 'hangup');
    expect(Date.parse(inAcw.acwDeadline!) - Date.parse(inAcw.endedAt!)).toBe(120_000);
    const unknown = await agent.send('completeAfterCallWork', { params: { id: call.id }, body: { disposition: 'sold-a-boat' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: 'unknown_disposition', errors: [{ path: 'disposition' }] });
    const done = await agent.call('completeAfterCallWork', { params: { id: call.id }, body: { disposition: 'resolved', notes: 'Moved the service date.' } });
    expect(done.interaction).toMatchObject({ state: 'closed', wrapUp: { disposition: 'resolved', notes: 'Moved the service date.' } });
    expect(await focus()).toBeUndefined();

    // The wrap-up reaches both CRMs' interaction records.
    const task = done.interaction.interactionRecords.find((r) => r.crm === 'salesforce')!;
    const snRecord = done.interaction.interactionRecords.find((r) => r.crm === 'servicenow')!;
    await eventually(async () => (await sf.sobject('Task').retrieve(task.id)) as unknown as { CallDisposition?: string }).then((t) => {
      expect(t.CallDisposition).toBe('Resolved');
    });
    const notes = (await sn.get(`/api/now/table/sys_journal_field?sysparm_query=${q(`element_id=${snRecord.id}`)}`)).body.result as { value: string }[];
    expect(notes.map((n) => n.value).join('\n')).toMatch(/Disposition: Resolved[\s\S]*Notes: Moved the service date\./);
  });

  it('a required disposition is asked for, and after-call work completes by itself at its deadline', async () => {
    const before = await putConfig({ wrapUp: { maxSeconds: 5, required: true } });
    try {
      const call = await placeCall(agent, '+1 212 555 0999');
      await act(agent, call, 'answer');
      await act(agent, call, 'hangup');
      const none = await agent.send('completeAfterCallWork', { params: { id: call.id } });
      expect(none.status).toBe(400);
      expect(none.body.error).toBe('disposition_required');
      const closed = await nextWhere(events, 'interaction.updated', (d) => (d.interaction as Interaction).id === call.id && (d.interaction as Interaction).state === 'closed', 15_000);
      expect(interactionOf(closed).history.at(-1)).toMatchObject({ event: 'acw-complete' });
    } finally {
      await putConfig({ wrapUp: before.wrapUp });
    }
  });

  it('an ambiguous caller is nobody until the agent picks: the pick becomes the screen pop and the card’s contact', async () => {
    const call = await placeCall(agent, '(415) 555-0199');
    expect(call.ivr?.outcome).toBe('ambiguous');
    expect(call.context?.customerName).toBeUndefined();
    await act(agent, call, 'answer');
    const ana = call.ivr!.matches.find((m) => m.name === 'Ana Souza' && m.crm === 'salesforce')!;
    const stranger = await agent.send('pickCandidate', { params: { id: call.id }, body: { crm: 'salesforce', object: 'Contact', id: '003000000000000AAA' } });
    expect(stranger.status).toBe(400);
    const picked = (await agent.call('pickCandidate', { params: { id: call.id }, body: { crm: ana.crm, object: ana.object, id: ana.id } })).interaction;
    // The screen pop follows §7.6 for the picked customer: her open case, else her own record.
    const pop = picked.screenPops?.find((p) => p.crm === 'salesforce');
    if (pop?.opens === 'case') {
      const owner = await sf.sobject('Case').retrieve(pop.id) as unknown as { ContactId: string };
      expect(owner.ContactId).toBe(ana.id);
    } else {
      expect(pop).toMatchObject({ object: ana.object, id: ana.id });
    }
    expect(picked.screenPop).toEqual(picked.screenPops?.[0]);
    expect(picked.context?.customerName).toBe('Ana Souza');
    expect((await agent.call('getCard', { params: { id: picked.cardId! } })).card.name).toBe('Ana Souza');
    expect((await agent.send('pickCandidate', { params: { id: call.id }, body: { crm: ana.crm, object: ana.object, id: ana.id } })).status).toBe(409);
    await act(agent, call, 'hangup');
    await act(agent, call, 'acw/complete');
  });

  it('an unassigned chat goes to another agent who can take it, not straight back', async () => {
    const diego = await signInCc(emulator.url, 'diego.ramos@customercard.example', 'emulator');
    const { interaction: chat } = await digital('someone.new@mail.example');
    expect(chat.agentId).toBe(agent.agent.id);
    await setState(diego, 'available');
    try {
      await act(agent, chat, 'unassign');
      const now = (await diego.call('getInteraction', { params: { id: chat.id } })).interaction;
      expect(now).toMatchObject({ state: 'assigned', agentId: diego.agent.id });
      await diego.call('closeInteraction', { params: { id: chat.id } });
    } finally {
      await setState(diego, 'unavailable');
    }
  });

  it('a write-back the CRM refuses is retried, then given up after writeBack.maxAttempts with the CRM’s error; the agent may retry', async () => {
    const before = await putConfig({ writeBack: { maxAttempts: 2 } });
    try {
      const { interaction: chat } = await digital('omar.haddad@mail.example', 'whatsapp');
      // A contact deleted in Salesforce after the agent linked it: every write-back to it is refused.
      const doomed = await sf.sobject('Contact').create({ LastName: 'Deleted Later' });
      const ghost = await link(agent, chat, { crm: 'salesforce', object: 'Contact', id: (doomed as { id: string }).id });
      await sf.sobject('Contact').destroy((doomed as { id: string }).id);
      await agent.call('closeInteraction', { params: { id: chat.id } });
      const failed = await eventually(async () => (await linksOf(agent, chat)).find((l) => l.id === ghost.id && l.writeBack?.status === 'failed'), 20_000, 'the write-back given up');
      expect(failed.writeBack).toMatchObject({ attempts: 2, lastError: expect.any(String) });
      const retried = await agent.send('retryWriteBack', { params: { id: chat.id, linkId: ghost.id } });
      expect(retried.status).toBe(200);
      expect(retried.body.link.writeBack?.attempts).toBeGreaterThanOrEqual(0);
      // ServiceNow keeps WhatsApp apart from chat.
      const snRecord = chat.interactionRecords.find((r) => r.crm === 'servicenow');
      expect(snRecord).toBeDefined();
      expect((await sn.get(`/api/now/table/interaction/${snRecord!.id}`)).body.result.type).toBe('whatsapp');
    } finally {
      await putConfig({ writeBack: before.writeBack });
    }
  });

  it('an account number is greeted by the account’s contact, never the company; a digital interaction has no greeting', async () => {
    const call = (await agent.call('placeCall', { body: { ani: '+1 212 555 0999', dnis: '+18005550100' } })).interaction;
    const res = await agent.send('giveIdentifier', { params: { id: call.id }, body: { kind: 'accountNumber', value: 'ACC-10001' } });
    expect(res.body.interaction.ivr?.matches[0]).toMatchObject({ object: 'Account', name: 'Acme Logistics' });
    const contacts = (await sf.query<{ FirstName: string }>("SELECT FirstName FROM Contact WHERE Account.AccountNumber = 'ACC-10001'")).records.map((c) => c.FirstName);
    const greeting = res.body.interaction.ivr!.greeting;
    expect(greeting).not.toMatch(/Acme/);
    expect(contacts.some((name) => greeting.includes(`${name},`) || greeting.startsWith(name))).toBe(true);
    await act(agent, res.body.interaction, 'answer');
    await act(agent, call, 'hangup');
    await act(agent, call, 'acw/complete');

    const { interaction: email } = await digital('maria.garcia@acme.example', 'email');
    expect(email.ivr).toMatchObject({ outcome: 'identified', greeting: '' });
    expect(email.participantData.greeting).toBeUndefined();
    await agent.call('closeInteraction', { params: { id: email.id } });
  });

  it('after a merge the next call uses the survivor, and a record unlinked before it is not among its links (§6.3)', async () => {
    const omarContact = (await sf.query<{ Id: string }>("SELECT Id FROM Contact WHERE Email = 'omar.haddad@mail.example'")).records[0].Id;
    const acme = (await sf.query<{ Id: string }>("SELECT Id FROM Account WHERE AccountNumber = 'ACC-10001'")).records[0].Id;
    const { interaction: chat } = await digital('+14155550142', 'whatsapp');
    const call = await placeCall(agent, '+14155550142');
    await act(agent, call, 'answer');
    const kept = await link(agent, call, { crm: 'salesforce', object: 'Contact', id: omarContact });
    const dropped = await link(agent, call, { crm: 'salesforce', object: 'Account', id: acme });
    expect((await agent.send('deleteLink', { params: { id: call.id, linkId: dropped.id } })).status).toBe(200);
    await act(agent, call, 'hangup');
    await act(agent, call, 'acw/complete');
    await agent.call('closeInteraction', { params: { id: chat.id } });

    const merged = await admin.call('mergeCards', { params: { id: chat.cardId! }, body: { cardIds: [call.cardId!] } });
    expect(merged.card.links.map((l) => l.id)).toEqual([kept.record.id]);
    const next = await placeCall(agent, '+1 (415) 555-0142');
    expect(next.cardId).toBe(chat.cardId);
    await act(agent, next, 'answer');
    await act(agent, next, 'hangup');
    await act(agent, next, 'acw/complete');
  });
});
