// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The agent desktop (issue 15) in jsdom against a fake service: it never loses a ringing call
 * to timing, lists every interaction with one in focus, and handles the focused one.
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
  routing: { queue: 'Priority support', skills: ['english', 'billing'], reasons: [] }, participantData: { subscriptionLevel: 'Gold', Preferred_Language__c: 'Spanish' },
  messages: [] as { from: string; text: string; at: string; direction: string }[], interactionRecords: [], visited: [], history: [],
});
const chat = (id: string, messages: string[] = []) => ({
  ...call(id, 'assigned'), channel: 'chat', from: 'jordi-81', acceptedAt: '2026-11-25T09:00:30.000Z',
  messages: messages.map((text) => ({ from: 'jordi-81', text, at: '2026-11-25T09:00:00.000Z', direction: 'inbound' })),
});

let streams: FakeEventSource[];
let interactions: ReturnType<typeof call>[];
let pendingList: ((value: unknown) => void) | null;
let posted: { url: string; body: unknown }[];

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

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const CONFIG = { wrapUp: { maxSeconds: 120, required: false, dispositions: [{ code: 'resolved', label: 'Resolved' }, { code: 'follow-up', label: 'Follow-up needed' }] } };

async function mount() {
  const { mountSoftphone } = (await import(/* @vite-ignore */ `${process.cwd()}/emulator/pages/common/client/softphone.js`)) as { mountSoftphone: Softphone };
  const host = document.createElement('div');
  document.body.append(host);
  mountSoftphone(host, { agentId: AGENT.id });
  return host;
}

const items = (host: HTMLElement) => [...host.querySelectorAll<HTMLElement>('.cc-desktop__item')].map((li) => `${li.dataset.interactionId}:${li.dataset.state}`);
const buttons = (host: HTMLElement) => [...host.querySelectorAll('button')].map((b) => b.textContent);
const detailButtons = (host: HTMLElement) => [...host.querySelectorAll('.cc-desktop__detail .cc-softphone__actions button')].map((b) => b.textContent);
const focusedId = (host: HTMLElement) => host.querySelector<HTMLElement>('.cc-desktop__item.is-focused')?.dataset.interactionId;
const choose = (host: HTMLElement, id: string) => host.querySelector<HTMLButtonElement>(`.cc-desktop__item[data-interaction-id="${id}"] button`)!.click();

beforeEach(() => {
  streams = [];
  interactions = [];
  pendingList = null;
  posted = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method === 'POST' || init.method === 'PUT') posted.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (url === '/cc/v1/agents') return json({ agents: [AGENT, { ...AGENT, id: 'agent-000002', name: 'Sam Ortiz' }], queues: [{ key: 'priority', name: 'Priority support' }], skills: [] });
    if (url === '/cc/v1/agents/me') return json({ agent: AGENT });
    if (url === '/cc/v1/config') return json({ config: CONFIG });
    if (url === `/cc/v1/interactions?agentId=${AGENT.id}`) {
      const body = { interactions: structuredClone(interactions) };
      if (pendingList === null) return json(body);
      return new Promise((resolve) => (pendingList = () => resolve(json(body))));
    }
    if (url.endsWith('/links')) return json({ links: [] });
    if (url === '/cc/v1/interactions/int-000012/hangup') return json({ interaction: { ...call('int-000012', 'acw'), acwDeadline: new Date(Date.now() + 90_000).toISOString() } });
    if (url === '/cc/v1/interactions/int-000012/acw/complete') return json({ interaction: call('int-000012', 'closed') });
    if (url === '/cc/v1/interactions/int-000011/messages') return json({ message: { from: AGENT.name, text: 'x', at: '2026-11-25T09:00:00.000Z', direction: 'outbound' } }, 201);
    if (url === '/cc/v1/interactions/int-000011') return json({ interaction: chat('int-000011', ['Hello']) });
    return json({ error: 'not_found', message: 'No such route.' }, 404);
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the agent desktop', () => {
  it('shows a call that rang before the page opened, with its alert, labelled context and Answer', async () => {
    interactions = [call('int-000012', 'alerting'), { ...call('int-000011', 'closed') }];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000012:alerting']));
    expect(buttons(host)).toContain('Answer');
    const alert = host.querySelector('[role="alert"][aria-label="Incoming interaction"]')!;
    expect(alert.textContent).toContain('Priority support');
    expect(alert.textContent).toContain('English, Billing');
    // Keys become labels in their own cells, never the API name drawn over the value.
    const terms = [...alert.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(expect.arrayContaining(['Subscription Level', 'Preferred Language']));
    expect(alert.textContent).not.toContain('Preferred_Language__c');
    expect(host.querySelector('[aria-keyshortcuts="Alt+Shift+A"]')?.getAttribute('title')).toBe('Answer (Alt+Shift+A)');
  });

  it('shows the service’s context (labels, names, reasons) when it sends one', async () => {
    const context = { facts: [{ key: 'NPS__c', label: 'NPS', value: '9' }], queue: { key: 'retention', name: 'Retention' }, skills: [{ key: 'spanish', name: 'Spanish' }], reasons: ['The caller speaks Spanish.'] };
    interactions = [{ ...call('int-000012', 'alerting'), context } as ReturnType<typeof call>];
    const host = await mount();
    streams[0].emit('open');
    const alert = () => host.querySelector('[aria-label="Incoming interaction"]')?.textContent ?? '';
    await vi.waitFor(() => expect(alert()).toContain('Retention'));
    expect(alert()).toContain('NPS9');
    expect(alert()).toContain('The caller speaks Spanish.');
  });

  it('lists every interaction with one in focus; choosing another moves it and clears its unread count', async () => {
    interactions = [call('int-000012', 'connected'), chat('int-000011', ['Hello'])];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(items(host)).toEqual(['int-000011:assigned', 'int-000012:connected']));
    // Without a focus from the service, the newest one the agent works on has it.
    expect(focusedId(host)).toBe('int-000012');
    expect(detailButtons(host)).toEqual(['Hang up', 'Transfer']);
    streams[0].emit('interaction.updated', { interaction: chat('int-000011', ['Hello', 'Are you there?']) });
    await vi.waitFor(() => expect(host.querySelector('[data-interaction-id="int-000011"] .cc-desktop__unread')?.textContent).toBe('1 new message'));
    choose(host, 'int-000011');
    await vi.waitFor(() => expect(focusedId(host)).toBe('int-000011'));
    expect(host.querySelector('.cc-desktop__unread')).toBeNull();
    expect(detailButtons(host)).toContain('Transfer');
    expect(host.querySelector('.cc-desktop__messages')?.textContent).toContain('Are you there?');
    expect(posted).toContainEqual({ url: `/cc/v1/agents/${AGENT.id}/focus`, body: { interactionId: 'int-000011' } });
  });

  it('moves the focus with Alt+Shift+N', async () => {
    interactions = [call('int-000012', 'connected'), chat('int-000011')];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(focusedId(host)).toBe('int-000012'));
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'N', altKey: true, shiftKey: true }));
    await vi.waitFor(() => expect(focusedId(host)).toBe('int-000011'));
  });

  it('keeps a reply being typed through re-renders and sends it as the agent', async () => {
    interactions = [chat('int-000011', ['Hello'])];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(host.querySelector('textarea[id^="cc-reply"]')).not.toBeNull());
    const reply = host.querySelector<HTMLTextAreaElement>('textarea[id^="cc-reply"]')!;
    reply.focus();
    reply.value = 'On its way';
    reply.dispatchEvent(new Event('input'));
    streams[0].emit('interaction.updated', { interaction: chat('int-000011', ['Hello']) });
    const again = () => host.querySelector<HTMLTextAreaElement>('textarea[id^="cc-reply"]')!;
    expect(again().value).toBe('On its way');
    expect(document.activeElement).toBe(again());
    again().form!.requestSubmit();
    await vi.waitFor(() => expect(posted).toContainEqual({ url: '/cc/v1/interactions/int-000011/messages', body: { from: AGENT.name, text: 'On its way' } }));
    await vi.waitFor(() => expect(again().value).toBe(''));
  });

  it('wraps up after hang-up: a countdown, a disposition from the config and notes go with Complete', async () => {
    interactions = [call('int-000012', 'connected')];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(detailButtons(host)).toEqual(['Hang up', 'Transfer']));
    host.querySelector<HTMLButtonElement>('[data-keep="hangup:int-000012"]')!.click();
    await vi.waitFor(() => expect(host.querySelector('form[aria-label="After-call work"]')).not.toBeNull());
    const select = host.querySelector<HTMLSelectElement>('select[id^="cc-disposition"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Choose…', 'Resolved', 'Follow-up needed']);
    select.value = 'follow-up';
    select.dispatchEvent(new Event('change'));
    const notes = host.querySelector<HTMLTextAreaElement>('textarea[id^="cc-notes"]')!;
    notes.value = 'Call back on Friday';
    notes.dispatchEvent(new Event('input'));
    if (host.querySelector('.cc-desktop__deadline')) expect(host.querySelector('.cc-desktop__deadline')!.textContent).toMatch(/1:[23]\d/);
    host.querySelector<HTMLButtonElement>('[data-keep="complete:int-000012"]')!.click();
    await vi.waitFor(() => expect(posted).toContainEqual({ url: '/cc/v1/interactions/int-000012/acw/complete', body: { disposition: 'follow-up', notes: 'Call back on Friday' } }));
    await vi.waitFor(() => expect(items(host)).toEqual([]));
  });

  it('lists an ambiguous caller’s candidates instead of guessing a name', async () => {
    const matches = [
      { crm: 'salesforce', object: 'Contact', id: '003000000000001AAA', name: 'Ana Souza' },
      { crm: 'salesforce', object: 'Contact', id: '003000000000002AAA', name: 'Bruno Souza' },
      { crm: 'servicenow', object: 'csm_consumer', id: 'a'.repeat(32), name: 'Carla Souza' },
    ];
    interactions = [{ ...call('int-000012', 'connected'), ivr: { outcome: 'ambiguous', matches, greeting: 'Hello.', attempts: [] } } as ReturnType<typeof call>];
    const host = await mount();
    streams[0].emit('open');
    await vi.waitFor(() => expect(host.querySelector('.cc-desktop__candidates summary')?.textContent).toBe('3 possible customers'));
    const rows = [...host.querySelectorAll('.cc-desktop__candidate')].map((li) => li.textContent);
    expect(rows[2]).toContain('Carla SouzaConsumer · ServiceNow');
    expect(host.querySelector('.cc-desktop__customer')?.textContent).toBe('+14155551000');
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
