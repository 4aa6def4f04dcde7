import { expect } from 'vitest';
import { AGENT, CLIENT } from '../salesforce/connect';
import type { CcClient } from './ccClient';

/** The parts of an interaction these tests read. */
export interface Interaction {
  id: string;
  channel: string;
  state: string;
  agentId?: string;
  cardId?: string;
  ivr?: { outcome: string; matches: { crm: string; object: string; id: string; name: string }[]; greeting: string };
  routing?: { queue: string; skills: string[]; reasons: string[] };
  participantData: Record<string, unknown>;
  interactionRecords: { crm: string; object: string; id: string }[];
  history: { state: string; event: string }[];
}

export interface LinkView {
  id: string;
  state: string;
  record: { crm: string; object: string; id: string };
  activity?: { crm: string; object: string; id: string };
}

export type Ref = { crm: 'salesforce' | 'servicenow'; object: string; id: string };

export async function setState(client: CcClient, state: 'available' | 'unavailable', agentId = client.agent.id): Promise<void> {
  const res = await client.call('PUT', `/agents/${agentId}/state`, { state });
  expect(res.status).toBe(200);
}

/** A call from `ani`; a caller the IVR could not identify is queued as they are. */
export async function placeCall(client: CcClient, ani: string): Promise<Interaction> {
  const res = await client.call<{ interaction: Interaction }>('POST', '/calls', { ani, dnis: '+18005550100' });
  expect(res.status).toBe(201);
  if (res.body.interaction.state !== 'ivr') return res.body.interaction;
  const routed = await client.call<{ interaction: Interaction }>('POST', `/interactions/${res.body.interaction.id}/ivr/route`);
  expect(routed.status).toBe(200);
  return routed.body.interaction;
}

export async function act(client: CcClient, interaction: { id: string }, action: string, body?: unknown): Promise<Interaction> {
  const res = await client.call<{ interaction: Interaction }>('POST', `/interactions/${interaction.id}/${action}`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.interaction;
}

export async function link(client: CcClient, interaction: { id: string }, record: Ref): Promise<LinkView> {
  const res = await client.call<{ link: LinkView }>('POST', `/interactions/${interaction.id}/links`, record);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.link;
}

export async function linksOf(client: CcClient, interaction: { id: string }): Promise<LinkView[]> {
  const res = await client.call<{ links: LinkView[] }>('GET', `/interactions/${interaction.id}/links`);
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
  const current = await admin.call<{ config: Record<string, unknown> }>('GET', '/config');
  const auth = { kind: 'password', username: AGENT.username, password: AGENT.password, ...CLIENT };
  const res = await admin.call('PUT', '/config', { ...current.body.config, connections: { salesforce: { instanceUrl, auth } } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
