import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { startMemoryEmulator } from '../support/emulator';
import { reply, zendeskClient } from '../zendesk/client';
import type { SignedInClient as CcClient } from '../support/cc';
import { ccClient, runImport } from './imports';

interface Summary {
  id: string;
  subject: string;
  status: string;
  channel: string;
  createdAt: string;
  assignee: { email: string } | null;
  requester: { email: string } | null;
}
interface Page {
  tickets: Summary[];
  total: number;
  page: number;
}

let emulator: RunningEmulator;
let cc: CcClient;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const search = async (query: string) => (await cc.call('searchTickets', { query: Object.fromEntries(new URLSearchParams(query)) })) as Page;

beforeAll(async () => {
  emulator = await startMemoryEmulator();
  const zendesk = zendeskClient(emulator);
  const { result: requester } = await zendesk.users.create({ user: { name: 'Björn Lindqvist', email: 'bjorn.lindqvist@alpinefibre.example' } });
  const { result: me } = await zendesk.users.me();
  await reply(
    zendesk.ticketimport.import({
      ticket: {
        subject: 'Television remote unpaired',
        requester_id: requester.id,
        assignee_id: me.id,
        status: 'solved',
        via: { channel: 'chat' },
        created_at: daysAgo(60),
        updated_at: daysAgo(59),
        solved_at: daysAgo(59),
        comments: [
          { author_id: requester.id, value: 'The remote stopped pairing with the set-top box.', created_at: daysAgo(60) },
          { author_id: me.id, value: 'Hold the OK and red buttons for five seconds: the kaleidoscope light blinks.', created_at: daysAgo(59) },
        ],
      },
    } as never),
  );
  cc = await ccClient(emulator);
  await runImport(cc, 'zendesk');
});
afterAll(() => emulator.close());

describe('ticket search (§8.4)', () => {
  it('finds tickets by words of their comments, not only subject and description', async () => {
    const found = await search('q=kaleidoscope');
    expect(found.tickets.map((t) => t.subject)).toEqual(['Television remote unpaired']);
    expect((await search('q=pairing%20remote')).total).toBe(1);
    expect((await search('q=zeppelin')).total).toBe(0);
  });

  it('filters by status, channel, agent, contact and date range', async () => {
    const all = await search('pageSize=100');
    expect(all.total).toBeGreaterThan(3);
    const closed = await search('status=closed&pageSize=100');
    expect(closed.tickets.length).toBeGreaterThan(0);
    expect(closed.tickets.every((t) => t.status === 'closed')).toBe(true);
    const voice = await search('channel=voice&pageSize=100');
    expect(voice.tickets.every((t) => t.channel === 'voice')).toBe(true);
    expect(voice.total).toBeLessThan(all.total);
    const byAgent = await search('agent=admin@customercard.example');
    expect(byAgent.tickets.map((t) => t.subject)).toEqual(['Television remote unpaired']);
    const byContact = await search('contact=bjorn.lindqvist@alpinefibre.example');
    expect(byContact.tickets.map((t) => t.subject)).toEqual(['Television remote unpaired']);
    const window = await search(`from=${daysAgo(61).slice(0, 10)}&to=${daysAgo(58).slice(0, 10)}&pageSize=100`);
    expect(window.tickets.map((t) => t.subject)).toContain('Television remote unpaired');
    expect(window.tickets.every((t) => t.createdAt.slice(0, 10) >= daysAgo(61).slice(0, 10))).toBe(true);
    expect((await search(`to=${daysAgo(61).slice(0, 10)}&pageSize=100`)).tickets.map((t) => t.subject)).not.toContain('Television remote unpaired');
  });

  it('finds by any part of a name or email, ignoring case and accents, and suggests people as the agent types', async () => {
    expect((await search('contact=bjorn')).tickets.map((t) => t.subject)).toEqual(['Television remote unpaired']);
    expect((await search('contact=Lindq')).tickets.map((t) => t.subject)).toEqual(['Television remote unpaired']);
    const { people } = await cc.call('suggestTicketPeople', { query: { role: 'contact', q: 'björ' } });
    expect(people).toEqual([{ name: 'Björn Lindqvist', email: 'bjorn.lindqvist@alpinefibre.example' }]);
    const agents = await cc.call('suggestTicketPeople', { query: { role: 'agent', q: 'björ' } });
    expect(agents.people).toEqual([]);
  });

  it('counts each status and channel for the current query, each facet without its own filter', async () => {
    const all = (await cc.call('searchTickets', { query: { pageSize: '100' } })) as Page & { facets: { status: Record<string, number>; channel: Record<string, number> } };
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(all.facets.channel)).toBe(all.total);
    expect(sum(all.facets.status)).toBe(all.total);
    const voice = (await cc.call('searchTickets', { query: { channel: 'voice' } })) as typeof all;
    expect(voice.facets.channel).toEqual(all.facets.channel);
    expect(sum(voice.facets.status)).toBe(voice.total);
    const text = (await cc.call('searchTickets', { query: { q: 'kaleidoscope' } })) as typeof all;
    expect(text.facets.channel).toEqual({ chat: 1 });
  });

  it('sorts by creation or last update, newest first', async () => {
    const created = await search('sort=created&pageSize=100');
    expect(created.tickets.map((t) => t.createdAt)).toEqual(created.tickets.map((t) => t.createdAt).sort().reverse());
    const updated = (await cc.call('searchTickets', { query: { sort: 'updated', pageSize: '100' } })) as Page;
    const ids = updated.tickets.map((t) => t.id);
    const details = await Promise.all(ids.map((id) => cc.call('getTicket', { params: { id } })));
    const times = details.map((t) => t.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(updated.total).toBe(created.total);
  });

  it('remembers the filters each agent shows', async () => {
    expect((await cc.call('getTicketPreferences')).visibleFilters).toHaveLength(7);
    await cc.call('putTicketPreferences', { body: { visibleFilters: ['q', 'contact', 'channel'] } });
    expect((await cc.call('getTicketPreferences')).visibleFilters).toEqual(['q', 'channel', 'contact']);
    const { status } = await cc.send('putTicketPreferences', { body: { visibleFilters: ['shoe size'] } as never });
    expect(status).toBe(400);
  });

  it('pages the results without overlap', async () => {
    const all = await search('pageSize=100');
    const first = await search('pageSize=2&page=1');
    const second = await search('pageSize=2&page=2');
    expect(first.total).toBe(all.total);
    expect([...first.tickets, ...second.tickets].map((t) => t.id)).toEqual(all.tickets.slice(0, 4).map((t) => t.id));
  });

  it('answers a bad query with every problem', async () => {
    const { status, body } = await cc.send('searchTickets', { query: { from: 'yesterday', page: '0' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_query', errors: [{ in: 'query', path: 'from' }, { in: 'query', path: 'page' }] });
  });
});

describe('ticket viewer (§8.4)', () => {
  it('shows the transcript in order with its authors, the recordings and the link back', async () => {
    const voice = await search('channel=voice&pageSize=100');
    const withRecording = await Promise.all(voice.tickets.map(async (t) => await cc.call('getTicket', { params: { id: t.id } })));
    const ticket = withRecording.find((t) => (t.recordings as unknown[]).length > 0) as {
      id: string;
      crmUrl: string;
      transcript: { author: { name: string }; createdAt: string; body: string }[];
      recordings: { url: string; durationSeconds: number }[];
    };
    expect(ticket).toBeDefined();
    const times = ticket.transcript.map((c) => c.createdAt);
    expect(times).toEqual([...times].sort());
    expect(ticket.transcript.every((c) => c.author.name.length > 0)).toBe(true);
    const audio = await fetch(ticket.recordings[0].url);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(ticket.crmUrl).toBe(`${emulator.url}/agent/tickets/${ticket.id.split(':')[1]}`);
  });

  it('answers 404 for a ticket that was never imported', async () => {
    expect((await cc.send('getTicket', { params: { id: 'zendesk:999999' } })).status).toBe(404);
  });
});
