// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The softphone never loses a ringing or active call to timing: it reads the agent's open
 * interactions each time its event stream (re)connects, and an event that arrives during
 * that read is newer than the read.
 */
type Listener = (event: { data?: string }) => void;
type Softphone = (host: HTMLElement, options: { agentId: string }) => { close(): void };

const AGENT = {
  id: 'agent-000001', name: 'Jordan Lee', username: 'agent@customercard.example', role: 'agent', queues: ['priority'], skills: ['english', 'billing'],
  state: 'available', idleSince: '2026-11-25T09:00:00.000Z', activeInteractions: [],
};
/** A call as the service sends it: every field its contract requires, so the client accepts it. */
const call = (id: string, state: string) => ({
  id, channel: 'voice', state, from: '+14155551000', agentId: AGENT.id, startedAt: `2026-11-25T09:${id.slice(-2)}:00.000Z`,
  routing: { queue: 'Priority support', skills: ['english', 'billing'], reasons: [] }, participantData: { subscriptionLevel: 'Gold' },
  messages: [], interactionRecords: [], visited: [], history: [],
});

let streams: FakeEventSource[];
let interactions: ReturnType<typeof call>[];
let pendingList: ((value: unknown) => void) | null;

class FakeEventSource {
  listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {
    streams.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {}
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data: data === undefined ? undefined : JSON.stringify(data) });
  }
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

async function mount() {
  const { mountSoftphone } = (await import(/* @vite-ignore */ `${process.cwd()}/emulator/pages/common/client/softphone.js`)) as { mountSoftphone: Softphone };
  const host = document.createElement('div');
  document.body.append(host);
  mountSoftphone(host, { agentId: AGENT.id });
  return host;
}

const items = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.cc-softphone__interaction')].map((li) => `${li.dataset.interactionId}:${li.dataset.state}`);
const buttons = (host: HTMLElement) => [...host.querySelectorAll('button')].map((b) => b.textContent);

beforeEach(() => {
  streams = [];
  interactions = [];
  pendingList = null;
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === '/cc/v1/agents') return json({ agents: [AGENT], queues: [], skills: [] });
    if (url === '/cc/v1/agents/me') return json({ agent: AGENT });
    if (url === `/cc/v1/interactions?agentId=${AGENT.id}`) {
      const body = { interactions: structuredClone(interactions) };
      if (pendingList === null) return json(body);
      return new Promise((resolve) => (pendingList = () => resolve(json(body))));
    }
    if (url === '/cc/v1/interactions/int-000012/hangup') return json({ interaction: call('int-000012', 'acw') });
    return new Response('{}', { status: 404 });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the softphone', () => {
  it('shows a call that rang before the page opened, with its alert and Answer', async () => {
    interactions = [call('int-000012', 'alerting'), { ...call('int-000011', 'closed') }];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000012:alerting']));
    expect(buttons(host)).toContain('Answer');
    const alert = host.querySelector('[role="alert"][aria-label="Incoming interaction"]')!;
    expect(alert.textContent).toContain('Priority support');
    expect(alert.textContent).toContain('english, billing');
    expect(alert.textContent).toContain('Gold');
  });

  it('offers the actions the lifecycle allows in each state, and sends the one the agent picks', async () => {
    interactions = [call('int-000012', 'connected'), { ...call('int-000011', 'assigned'), channel: 'chat' }];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000011:assigned', 'int-000012:connected']));
    const actionsOf = (id: string) => [...host.querySelectorAll(`[data-interaction-id="${id}"] button`)].map((b) => b.textContent);
    expect(actionsOf('int-000012')).toEqual(['Hang up', 'Transfer']);
    expect(actionsOf('int-000011')).toEqual(['Transfer', 'Unassign']);
    host.querySelector<HTMLButtonElement>('[data-interaction-id="int-000012"] button')!.click();
    await vi.waitFor(() => expect(items(host)).toContain('int-000012:acw'));
    expect(fetch).toHaveBeenCalledWith('/cc/v1/interactions/int-000012/hangup', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    expect(actionsOf('int-000012')).toEqual(['Complete after-call work']);
  });

  it('catches up after its event stream reconnects', async () => {
    interactions = [call('int-000012', 'connected')];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000012:connected']));
    // While the stream was down the call ended and a new one rang.
    interactions = [call('int-000013', 'alerting'), call('int-000012', 'acw')];
    streams[0].emit('error');
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000012:acw', 'int-000013:alerting']));
    expect(buttons(host)).toEqual(expect.arrayContaining(['Answer', 'Complete after-call work']));
  });

  it('keeps what an event said while the catch-up read was under way', async () => {
    interactions = [call('int-000012', 'alerting')];
    pendingList = () => {};
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(pendingList).not.toBeNull());
    streams[0].emit('interaction.updated', { interaction: call('int-000012', 'connected') });
    pendingList!(undefined);
    await vi.waitFor(() => expect(host.querySelector('.cc-softphone__status [role="status"]')?.textContent).toContain('Available'));
    expect(items(host)).toEqual(['int-000012:connected']);
    expect(host.querySelector('[aria-label="Incoming interaction"]')).toBeNull();
  });
});
