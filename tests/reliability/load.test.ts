import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { loadStory } from '../../emulator/seed/story';
import { startMemoryEmulator } from '../support/emulator';
import { json, jsonOf, send, sendAll } from './client';
import { signIn, type Credentials } from './credentials';
import { CC } from './endpoints';

const CALLS = 200;
/** Where a call may be once IVR, routing and ACD are done with it: with an agent or waiting in a queue. */
const SETTLED = ['alerting', 'connected', 'queued'];

interface Interaction { id: string; state: string; agentId?: string }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

describe(`${CALLS} concurrent calls through IVR, routing and ACD`, () => {
  let emulator: RunningEmulator;
  let creds: Credentials;
  let ids: string[] = [];
  let latencies: number[] = [];

  beforeAll(async () => {
    emulator = await startMemoryEmulator();
    creds = await signIn(emulator.url);
    const { agents } = await jsonOf<{ agents: { id: string }[] }>(emulator.url, { method: 'GET', path: `${CC}/agents`, headers: creds.admin, label: 'agents' });
    for (const agent of agents) await jsonOf(emulator.url, json('PUT', `${CC}/agents/${agent.id}/state`, { state: 'available' }, creds.admin));

    // Half the callers are people of the story (identified by ANI), half unknown numbers.
    const phones = (await loadStory()).people.flatMap((p) => [p.phone, p.mobile]).filter((n): n is string => Boolean(n));
    const anis = Array.from({ length: CALLS }, (_, i) => (i % 2 === 0 ? phones[i % phones.length] : `+1 555 01${String(i).padStart(2, '0').slice(-2)} ${1000 + i}`));
    const answers = await sendAll(emulator.url, anis.map((ani) => json('POST', `${CC}/calls`, { ani }, creds.contactCenter)), CALLS);
    latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const created = answers.map((a) => (a.status === 201 ? (JSON.parse(a.text) as { interaction: Interaction }).interaction : undefined));
    ids = created.flatMap((i) => (i ? [i.id] : []));
    // Callers the IVR could not identify give no other identifier: their calls are queued as they are.
    const inIvr = created.filter((i): i is Interaction => i?.state === 'ivr');
    await sendAll(emulator.url, inIvr.map((i) => json('POST', `${CC}/interactions/${i.id}/ivr/route`, {}, creds.contactCenter)), CALLS);
  }, 80_000);

  afterAll(() => emulator?.close());

  it('creates every call', () => {
    console.log(`[reliability] load: ${CALLS} concurrent POST /calls, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`);
    expect(ids).toHaveLength(CALLS);
    expect(new Set(ids).size).toBe(CALLS);
  });

  it('leaves every call with an agent or in a queue, none lost', async () => {
    const read = await sendAll(emulator.url, ids.map((id) => ({ method: 'GET', path: `${CC}/interactions/${id}`, headers: creds.admin, label: id })), 16);
    const states = read.map((a) => (a.status === 200 ? (JSON.parse(a.text) as { interaction: Interaction }).interaction.state : `HTTP ${a.status}`));
    const counts = states.reduce<Record<string, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {});
    console.log(`[reliability] load: states after routing ${JSON.stringify(counts)}`);
    expect(states.filter((s) => !SETTLED.includes(s))).toEqual([]);
  });

  it('offers each available agent at most one call at a time', async () => {
    const { interactions } = await jsonOf<{ interactions: Interaction[] }>(emulator.url, { method: 'GET', path: `${CC}/interactions?state=alerting`, headers: creds.admin, label: 'alerting' });
    const agents = interactions.map((i) => i.agentId);
    expect(agents.length).toBeGreaterThan(0);
    expect(new Set(agents).size).toBe(agents.length);
  });

  it('is still alive', async () => {
    expect((await send(emulator.url, { method: 'GET', path: '/health', label: 'health' })).status).toBe(200);
  });
});
