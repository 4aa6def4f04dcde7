import { describe, expect, it } from 'vitest';
import { jsonResponse, recordedSleep, scriptedFetch, type FetchCall, type Reply } from '../fakeFetch';
import { zendeskError } from './errors';
import { createZendeskAdapters } from './index';

const BASE = 'https://customercard.zendesk.example';

function adapters(replies: Reply[] | ((call: FetchCall) => Reply)) {
  const fake = scriptedFetch(replies);
  const timing = recordedSleep();
  return { ...createZendeskAdapters({ baseUrl: BASE, email: 'admin@customercard.example', apiToken: 'emulator-token', http: { fetch: fake.fetch, sleep: timing.sleep } }), calls: fake.calls };
}

/** Answers by path and query under `/api/v2`: a ticket export asks for tickets and comment events side by side. */
function routed(bodies: Record<string, unknown>) {
  return (call: FetchCall): Reply => {
    const url = new URL(call.url);
    const key = `${url.pathname.replace('/api/v2', '')}${url.search}`;
    return key in bodies ? jsonResponse(200, bodies[key]) : new Error(`nothing scripted for ${key}`);
  };
}
const path = (call: FetchCall) => `${new URL(call.url).pathname.replace('/api/v2', '')}${new URL(call.url).search}`;

describe('Zendesk errors', () => {
  it('keeps the error, the description and each field detail', () => {
    const error = zendeskError(422, { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: 'Email: is already being used by another user', error: 'DuplicateValue' }] } });
    expect(error).toMatchObject({ kind: 'validation', code: 'RecordInvalid', message: 'Record validation errors', fields: { email: 'Email: is already being used by another user' } });
    expect(zendeskError(401, { error: "Couldn't authenticate you" })).toMatchObject({ kind: 'auth', code: "Couldn't authenticate you" });
    expect(zendeskError(404, { error: 'RecordNotFound', description: 'Not found' }).kind).toBe('not-found');
  });
});

describe('Zendesk exports (§8.1)', () => {
  it('starts users at a time, then continues with the cursor', async () => {
    const zd = adapters([
      jsonResponse(200, { users: [{ id: 11, name: 'Maria García', email: 'maria.garcia@acme.example', phone: '(415) 555-1000', role: 'end-user', active: true, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-02T00:00:00Z' }], after_cursor: 'c1', end_of_stream: false }),
      jsonResponse(200, { users: [], after_cursor: 'c2', end_of_stream: true }),
    ]);
    const first = await zd.users.exportUsers({ since: new Date('2025-01-01T00:00:00Z') });
    expect(zd.calls[0].url).toBe(`${BASE}/api/v2/incremental/users/cursor.json?start_time=1735689600`);
    expect(zd.calls[0].headers.authorization).toBe(`Basic ${btoa('admin@customercard.example/token:emulator-token')}`);
    expect(first).toMatchObject({ cursor: 'c1', end: false, items: [{ crm: 'zendesk', id: '11', email: 'maria.garcia@acme.example', active: true }] });
    const second = await zd.users.exportUsers({ cursor: first.cursor ?? '' });
    expect(zd.calls[1].url).toBe(`${BASE}/api/v2/incremental/users/cursor.json?cursor=c1`);
    expect(second).toMatchObject({ cursor: 'c2', end: true, items: [] });
  });

  const ticket7 = { id: 7, subject: 'Internet drops', status: 'solved', priority: 'high', via: { channel: 'voice' }, requester_id: 11, assignee_id: 2, tags: ['fibre'], created_at: '2025-02-01T10:00:00Z', updated_at: '2025-02-02T10:00:00Z' };
  const voice = { id: 1, type: 'VoiceComment', event_type: 'VoiceComment', author_id: 11, body: 'Call recording', public: false, created_at: '2025-02-01T10:00:00Z', data: { recording_url: `${BASE}/recordings/1.mp3`, call_duration: 240 } };
  const fixed = { id: 2, type: 'Comment', event_type: 'Comment', author_id: 2, body: 'Fixed', public: true, created_at: '2025-02-02T09:00:00Z' };

  const ticketsAt = (query: string) => `/incremental/tickets/cursor.json?${query}&include=metric_sets,comment_count`;
  const eventsAt = (start: number) => `/incremental/ticket_events.json?start_time=${start}&include=comment_events`;

  it('loads the comments of a page of tickets in bulk from the ticket event export, and resumes both from its cursor', async () => {
    const zd = adapters(
      routed({
        [ticketsAt('start_time=0')]: { tickets: [{ ...ticket7, comment_count: 2 }], metric_sets: [{ ticket_id: 7, solved_at: '2025-02-02T09:00:00Z' }], after_cursor: 't1', end_of_stream: false },
        [eventsAt(0)]: { ticket_events: [{ ticket_id: 7, timestamp: 1738404000, child_events: [voice] }], end_time: 1738404000, count: 1, end_of_stream: false },
        [eventsAt(1738404000)]: { ticket_events: [{ ticket_id: 7, timestamp: 1738486800, child_events: [fixed] }, { ticket_id: 8, timestamp: 1738600000, child_events: [] }], end_time: 1738600000, count: 2, end_of_stream: false },
        [eventsAt(1738600000)]: { ticket_events: [], end_time: 1738600000, count: 0, end_of_stream: true },
        [ticketsAt('cursor=t1')]: { tickets: [], after_cursor: 't2', end_of_stream: true },
      }),
    );
    const page = await zd.tickets.exportTickets({ since: new Date(0) });
    // Comment events are asked for beside the tickets and until past the page's newest change, always one page ahead.
    expect(zd.calls.map(path)).toEqual([eventsAt(0), ticketsAt('start_time=0'), eventsAt(1738404000), eventsAt(1738600000)]);
    expect(page.items[0]).toMatchObject({ id: '7', status: 'solved', channel: 'voice', solvedAt: '2025-02-02T09:00:00Z', url: `${BASE}/agent/tickets/7`, requesterId: '11' });
    expect(page.items[0].comments.map((c) => c.body)).toEqual(['Call recording', 'Fixed']);
    expect(page.items[0].recordings).toEqual([{ url: `${BASE}/recordings/1.mp3`, durationSeconds: 240 }]);
    // The next events start just after the newest ticket change of the page (2025-02-02T10:00:00Z).
    expect(new URLSearchParams(page.cursor!).get('events')).toBe('1738490401');
    const next = await zd.tickets.exportTickets({ cursor: page.cursor! });
    expect(zd.calls.map(path)).toContain(ticketsAt('cursor=t1'));
    expect(next).toMatchObject({ items: [], end: true });
  });

  it('does not ask again for comment events it already read for an earlier page', async () => {
    const ticket8 = { ...ticket7, id: 8, created_at: '2025-02-02T10:30:00Z', updated_at: '2025-02-02T11:00:00Z', comment_count: 1 };
    const reply8 = { ...fixed, id: 3, body: 'Replaced the router', created_at: '2025-02-02T10:30:00Z' };
    const zd = adapters(
      routed({
        [ticketsAt('start_time=0')]: { tickets: [{ ...ticket7, comment_count: 1 }], after_cursor: 't1', end_of_stream: false },
        [eventsAt(0)]: { ticket_events: [{ ticket_id: 7, timestamp: 1738486800, child_events: [fixed] }, { ticket_id: 8, timestamp: 1738492200, child_events: [reply8] }], end_time: 1738600000, count: 2, end_of_stream: false },
        [eventsAt(1738600000)]: { ticket_events: [], end_time: 1738600000, count: 0, end_of_stream: true },
        [ticketsAt('cursor=t1')]: { tickets: [ticket8], after_cursor: 't2', end_of_stream: true },
      }),
    );
    const first = await zd.tickets.exportTickets({ since: new Date(0) });
    const second = await zd.tickets.exportTickets({ cursor: first.cursor! });
    // Only new events are asked for (read ahead from where the first read stopped), none twice.
    expect(zd.calls.map(path).filter((p) => p.startsWith('/incremental/ticket_events'))).toEqual([eventsAt(0), eventsAt(1738600000)]);
    expect(second.items[0].comments.map((c) => c.body)).toEqual(['Replaced the router']);
    // The saved position still starts at the page's own horizon: after a crash the buffer is gone.
    expect(new URLSearchParams(second.cursor!).get('events')).toBe('1738494001');
  });

  it('never asks for comment events of the last minute, which Zendesk refuses: the ticket loads its own', async () => {
    const seconds = Math.floor(Date.now() / 1000);
    const iso = (at: number) => new Date(at * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = { ...ticket7, created_at: iso(seconds - 40), updated_at: iso(seconds - 20), comment_count: 2 };
    const older = { ...fixed, id: 4, created_at: iso(seconds - 40) };
    const newer = { ...fixed, id: 5, body: 'Solved', created_at: iso(seconds - 20) };
    const zd = adapters(
      routed({
        [ticketsAt('start_time=0')]: { tickets: [recent], after_cursor: 't1', end_of_stream: true },
        // A full page ending 30 seconds ago: the rest of the stream is too recent to ask for.
        [eventsAt(0)]: { ticket_events: [{ ticket_id: 7, timestamp: seconds - 40, child_events: [older] }], end_time: seconds - 30, count: 1, end_of_stream: false },
        '/tickets/7/comments.json': { comments: [older, newer], next_page: null },
      }),
    );
    const page = await zd.tickets.exportTickets({ since: new Date(0) });
    expect(zd.calls.map(path).filter((p) => p.startsWith('/incremental/ticket_events'))).toEqual([eventsAt(0)]);
    expect(page.items[0].comments.map((c) => c.id)).toEqual(['4', '5']);
  });

  it('loads a ticket\'s comments on their own when the events did not bring them all', async () => {
    const zd = adapters(
      routed({
        [ticketsAt('cursor=t0')]: { tickets: [{ ...ticket7, comment_count: 2 }], after_cursor: 't1', end_of_stream: true },
        [eventsAt(1738486800)]: { ticket_events: [{ ticket_id: 7, timestamp: 1738486800, child_events: [fixed] }], end_time: 1738486800, count: 1, end_of_stream: true },
        '/tickets/7/comments.json': { comments: [voice], next_page: `${BASE}/api/v2/tickets/7/comments.json?page=2` },
        '/tickets/7/comments.json?page=2': { comments: [fixed], next_page: null },
      }),
    );
    const page = await zd.tickets.exportTickets({ cursor: 'tickets=t0&events=1738486800' });
    expect(zd.calls.map(path).slice(2)).toEqual(['/tickets/7/comments.json', '/tickets/7/comments.json?page=2']);
    expect(page.items[0].comments.map((c) => c.body)).toEqual(['Call recording', 'Fixed']);
  });
});

describe('Zendesk lookups', () => {
  it('searches users by phone digits with a leading wildcard', async () => {
    const zd = adapters([jsonResponse(200, { results: [{ id: 11, name: 'Maria García', result_type: 'user' }], count: 1 })]);
    const found = await zd.records.searchByPhone('+1 (415) 555-1000');
    expect(new URL(zd.calls[0].url).searchParams.get('query')).toBe('type:user phone:*4155551000');
    expect(found).toEqual([{ crm: 'zendesk', object: 'user', id: '11', name: 'Maria García', fields: { id: 11, name: 'Maria García', result_type: 'user' } }]);
  });
});
