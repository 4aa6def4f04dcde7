import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { createCcClient } from '../../shared/contract';
import { act, placeCall, setState, type Interaction } from '../contact-center/flow';
import { signInCc, type SignedInClient } from '../support/cc';
import { startMemoryEmulator } from '../support/emulator';

const LENA = 'lena.vogel@customercard.example';
const SUPERVISOR = 'supervisor@customercard.example';
const MARIA = { crm: 'salesforce' as const, object: 'Contact', id: '003000000000001AAA' };

/** Issue 23, finding 2: an agent acts only on their own interactions. */
describe('authorization per interaction (finding 2)', () => {
  let emulator: RunningEmulator;
  let casey: SignedInClient;
  let lena: SignedInClient;
  let call: Interaction;
  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    casey = await signInCc(emulator.url);
    lena = await signInCc(emulator.url, LENA, 'emulator');
    await setState(casey, 'available');
    call = await placeCall(casey, '+1 415-555-1000');
    expect(call.agentId).toBe(casey.agent.id);
    await act(casey, call, 'answer');
  });
  afterAll(() => emulator.close());

  it("refuses lena's six actions on Casey's call with 403 and changes nothing", async () => {
    const params = { id: call.id };
    const replies = {
      link: await lena.send('createLink', { params, body: MARIA }),
      unlink: await lena.send('deleteLink', { params: { ...params, linkId: 'lnk-000001' } }),
      message: await lena.send('postMessage', { params, body: { from: 'lena', text: 'Hello from someone else' } }),
      visited: await lena.send('markVisited', { params, body: MARIA }),
      hangUp: await lena.send('hangUp', { params }),
      read: await lena.send('getInteraction', { params }),
      readWithCard: await lena.send('getInteraction', { params, query: { include: 'card' } }),
      links: await lena.send('listLinks', { params }),
      list: await lena.send('listInteractions', { query: { agentId: casey.agent.id } }),
    };
    for (const [what, reply] of Object.entries(replies)) expect(reply.status, what).toBe(403);
    const after = await casey.call('getInteraction', { params });
    expect(after.interaction.state).toBe('connected');
    expect(after.interaction.visited).toEqual([]);
    expect((await casey.call('listLinks', { params })).links).toEqual([]);
  });

  it("lists only lena's own interactions when she asks for all", async () => {
    const mine = await lena.call('listInteractions');
    expect(mine.interactions.every((i) => i.agentId === lena.agent.id)).toBe(true);
  });

  it('lets a supervisor read every interaction and act with an audit entry', async () => {
    const sam = await signInCc(emulator.url, SUPERVISOR, 'emulator');
    expect(sam.agent.role).toBe('supervisor');
    expect((await sam.send('getInteraction', { params: { id: call.id } })).status).toBe(200);
    expect((await sam.call('listInteractions', { query: { agentId: casey.agent.id } })).interactions.map((i) => i.id)).toContain(call.id);
    expect((await sam.send('markVisited', { params: { id: call.id }, body: MARIA })).status).toBe(201);
    const audit = emulator.store.namespace<{ accessAudit?: { actorId: string; interactionId: string; operation: string }[] }>('contactCenter', () => ({})).data.accessAudit;
    expect(audit).toContainEqual(expect.objectContaining({ actorId: sam.agent.id, interactionId: call.id, operation: 'markVisited' }));
  });

  it("lets the customer's side, signed in as the channel and holding the capability, act on its own call only", async () => {
    const placed = await lena.send('placeCall', { body: { ani: '+1 415-555-1000' } });
    expect(placed.status).toBe(201);
    const id = placed.body.interaction.id;
    const customer = createCcClient({ baseUrl: emulator.url, token: lena.token, headers: { 'x-cc-customer-token': placed.body.customerToken } });
    expect((await customer.send('getInteraction', { params: { id } })).status).toBe(200);
    expect((await customer.send('getInteraction', { params: { id: call.id } })).status).toBe(403);
    expect((await customer.send('hangUp', { params: { id: call.id } })).status).toBe(403);
    expect((await customer.send('createLink', { params: { id }, body: MARIA })).status).toBe(403);
    expect((await customer.send('hangUp', { params: { id } })).body.interaction?.state).toMatch(/closed|acw/);
  });
});
