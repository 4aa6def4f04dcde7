import { expect } from 'vitest';
import { AGENT, CLIENT } from '../salesforce/connect';
import type { CcContract, RouteResponse } from '../../shared/contract';
import type { SignedInClient as CcClient } from '../support/cc';

export type Interaction = RouteResponse<CcContract['getInteraction']>['interaction'];
export type LinkView = RouteResponse<CcContract['createLink']>['link'];

export type Ref = { crm: 'salesforce' | 'servicenow'; object: string; id: string };

export async function setState(client: CcClient, state: 'available' | 'unavailable', agentId = client.agent.id): Promise<void> {
  const res = await client.send('setAgentState', { params: { id: agentId }, body: { state } });
  expect(res.status).toBe(200);
}

/** A call from `ani`; a caller the IVR could not identify is queued as they are. */
export async function placeCall(client: CcClient, ani: string): Promise<Interaction> {
  const res = await client.send('placeCall', { body: { ani, dnis: '+18005550100' } });
  expect(res.status).toBe(201);
  if (res.body.interaction.state !== 'ivr') return res.body.interaction;
  const routed = await client.send('queueAsIs', { params: { id: res.body.interaction.id } });
  expect(routed.status).toBe(200);
  return routed.body.interaction;
}

const ACTION_OPERATIONS = {
  answer: 'answerInteraction',
  hangup: 'hangUp',
  'acw/complete': 'completeAfterCallWork',
  transfer: 'transferInteraction',
  unassign: 'unassignInteraction',
  accept: 'acceptInteraction',
  close: 'closeInteraction',
} as const;

export async function act(client: CcClient, interaction: { id: string }, action: keyof typeof ACTION_OPERATIONS, body?: { agentId: string } | { queue: string }): Promise<Interaction> {
  const res = await client.send(ACTION_OPERATIONS[action], { params: { id: interaction.id }, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.interaction;
}

export async function link(client: CcClient, interaction: { id: string }, record: Ref): Promise<LinkView> {
  const res = await client.send('createLink', { params: { id: interaction.id }, body: record });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.link;
}

export async function linksOf(client: CcClient, interaction: { id: string }): Promise<LinkView[]> {
  const res = await client.send('listLinks', { params: { id: interaction.id } });
  expect(res.status).toBe(200);
  return res.body.links;
}

/** Polls `check` until it returns a value, at most `timeoutMs`; the outbox works in the background. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until every link of these interactions left `linked`/`due`, and returns them. */
export async function settledLinks(client: CcClient, interactions: { id: string }[], timeoutMs = 20_000): Promise<LinkView[]> {
  return eventually(
    async () => {
      const all = (await Promise.all(interactions.map((i) => linksOf(client, i)))).flat();
      return all.every((l) => l.state !== 'due' && l.state !== 'linked') && all;
    },
    timeoutMs,
    'every link written',
  );
}

/** One whole call: rung, answered, records linked, hung up, after-call work done. */
export async function handleCall(client: CcClient, ani: string, records: Ref[]): Promise<Interaction> {
  const call = await placeCall(client, ani);
  expect(call.state).toBe('alerting');
  await act(client, call, 'answer');
  for (const record of records) await link(client, call, record);
  await act(client, call, 'hangup');
  return act(client, call, 'acw/complete');
}

/** Points the contact center's Salesforce connection at `instanceUrl` (as an admin would). */
export async function connectSalesforce(admin: CcClient, instanceUrl: string): Promise<void> {
  const current = await admin.send('getConfig');
  const auth = { kind: 'password', username: AGENT.username, password: AGENT.password, ...CLIENT };
  const res = await admin.send('putConfig', { body: { ...current.body.config, connections: { salesforce: { instanceUrl, auth } } } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
