import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCcClient } from './client';
import { contractValidator } from './contractValidator';

const agent = { id: 'agent-000001', name: 'Jordan Lee', username: 'agent@customercard.example', role: 'agent', queues: [], skills: [], state: 'available', idleSince: '2026-11-25T09:00:00.000Z' };

afterEach(() => vi.unstubAllGlobals());

describe('the event stream of createCcClient', () => {
  it('without EventSource, reads the stream over fetch: onOpen once accepted, then each event typed', async () => {
    const seen: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`event: agent.updated\ndata: ${JSON.stringify({ agent })}\n\n`));
        controller.close();
      },
    });
    const fetch = vi.fn(async () => new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const cc = createCcClient({ baseUrl: 'https://cc.example.com', token: 'tok', fetch });
    cc.events('agent-000001', { 'agent.updated': ({ agent: a }) => seen.push(`event ${a.state}`) }, undefined, () => seen.push('open'));
    await vi.waitFor(() => expect(seen).toEqual(['open', 'event available']));
    expect(fetch).toHaveBeenCalledWith('https://cc.example.com/cc/v1/agents/agent-000001/events', expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
  });

  it('with EventSource, runs onOpen on every (re)connection so the page can catch up', () => {
    const sources: EventTarget[] = [];
    vi.stubGlobal('EventSource', class extends EventTarget {
      constructor(readonly url: string, readonly init: EventSourceInit) {
        super();
        sources.push(this);
      }
      close() {}
    });
    const onOpen = vi.fn();
    createCcClient({ credentials: 'include' }).events('agent-000001', {}, undefined, onOpen);
    sources[0].dispatchEvent(new Event('open'));
    sources[0].dispatchEvent(new Event('error'));
    sources[0].dispatchEvent(new Event('open'));
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(sources[0]).toMatchObject({ url: '/cc/v1/agents/agent-000001/events', init: { withCredentials: true } });
  });
});

describe('the bearer token of createCcClient (pages where the service cookie is blocked)', () => {
  it('after sign-in, keeps the token in memory and sends it instead of the CSRF token, with the credentials asked for', async () => {
    // A page that also holds the service's readable CSRF cookie: the bearer call must not need it.
    vi.stubGlobal('document', { cookie: 'cc_csrf=page-token' });
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('/auth/token')
        ? Response.json({ access_token: 'tok-1', token_type: 'Bearer', agent })
        : Response.json({ interaction: { id: 'int-000001' } }, { status: 201 }),
    );
    const cc = createCcClient({ baseUrl: 'https://cc.example.com', credentials: 'include', fetch: fetch as never });
    await cc.signIn('agent@customercard.example', 'emulator');
    expect(cc.token).toBe('tok-1');
    await cc.send('placeCall', { body: { ani: '+14155551000' } });
    const [, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok-1' });
    expect(init.headers).not.toHaveProperty('x-csrf-token');
    expect(init.credentials).toBe('include');
  });

  it('without a token, a write carries the page CSRF token from its cookie', async () => {
    vi.stubGlobal('document', { cookie: 'other=1; cc_csrf=page-token' });
    const fetch = vi.fn(async () => Response.json({}, { status: 201 }));
    await createCcClient({ fetch: fetch as never }).send('placeCall', { body: { ani: '+14155551000' } });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ 'x-csrf-token': 'page-token' });
    expect(init.headers).not.toHaveProperty('authorization');
  });
});

describe('the validator of createCcClient (tests pass the zod contract’s)', () => {
  const answering = (body: unknown, status = 200) => vi.fn(async () => Response.json(body, { status }));

  it('with the contract validator, a success body outside the contract throws; without one, it is answered as is', async () => {
    const fetch = answering({ agent: { id: 'agent-000001' } });
    await expect(createCcClient({ fetch, validator: contractValidator }).call('getMe')).rejects.toThrow(/getMe answered 200 outside its contract/);
    await expect(createCcClient({ fetch }).call('getMe')).resolves.toEqual({ agent: { id: 'agent-000001' } });
    await expect(createCcClient({ fetch: answering({ agent }), validator: contractValidator }).call('getMe')).resolves.toEqual({ agent });
  });

  it('leaves error bodies to the caller: they are the API’s error shape, not the operation’s', async () => {
    const fetch = answering({ error: 'not_found', message: 'No such interaction.' }, 404);
    await expect(createCcClient({ fetch, validator: contractValidator }).call('getInteraction', { params: { id: 'int-000404' } })).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('hands each event of the stream to the validator, which refuses one outside its contract', async () => {
    const stream = (data: unknown) =>
      vi.fn(async () => new Response(new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`event: agent.updated\ndata: ${JSON.stringify(data)}\n\n`));
          controller.close();
        },
      })));
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    createCcClient({ token: 'tok', fetch: stream({ agent }), validator: contractValidator }).events('agent-000001', { 'agent.updated': (data) => seen.push(data) });
    createCcClient({ token: 'tok', fetch: stream({ agent: { id: 'agent-000001' } }), validator: contractValidator }).events('agent-000001', { 'agent.updated': (data) => seen.push(data) }, (error) => errors.push(error));
    await vi.waitFor(() => expect(seen).toEqual([{ agent }]));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
  });
});
