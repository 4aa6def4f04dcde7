import { describe, expect, it } from 'vitest';
import { jsonResponse, recordedSleep, scriptedFetch, type Reply } from '../fakeFetch';
import { zendeskError } from './errors';
import { createZendeskAdapters } from './index';

const BASE = 'https://customercard.zendesk.example';

function adapters(replies: Reply[]) {
  const fake = scriptedFetch(replies);
  const timing = recordedSleep();
  return { ...createZendeskAdapters({ baseUrl: BASE, email: 'admin@customercard.example', apiToken: 'emulator-token', http: { fetch: fake.fetch, sleep: timing.sleep } }), calls: fake.calls };
}

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

  it('loads the comments of a page of tickets in bulk from the ticket event export, and resumes both from its cursor', async () => {
    const zd = adapters([
      jsonResponse(200, { tickets: [{ ...ticket7, comment_count: 2 }], metric_sets: [{ ticket_id: 7, solved_at: '2025-02-02T09:00:00Z' }], after_cursor: 't1', end_of_stream: false }),
      jsonResponse(200, { ticket_events: [{ ticket_id: 7, timestamp: 1738404000, child_events: [voice] }], end_time: 1738404000, count: 1, end_of_stream: false }),
      jsonResponse(200, { ticket_events: [{ ticket_id: 7, timestamp: 1738486800, child_events: [fixed] }, { ticket_id: 8, timestamp: 1738600000, child_events: [] }], end_time: 1738600000, count: 2, end_of_stream: false }),
      jsonResponse(200, { tickets: [], after_cursor: 't2', end_of_stream: true }),
    ]);
    const page = await zd.tickets.exportTickets({ since: new Date(0) });
    expect(zd.calls.map((c) => c.url)).toEqual([
      `${BASE}/api/v2/incremental/tickets/cursor.json?start_time=0&include=metric_sets,comment_count`,
      `${BASE}/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events`,
      `${BASE}/api/v2/incremental/ticket_events.json?start_time=1738404000&include=comment_events`,
    ]);
    expect(page.items[0]).toMatchObject({ id: '7', status: 'solved', channel: 'voice', solvedAt: '2025-02-02T09:00:00Z', url: `${BASE}/agent/tickets/7`, requesterId: '11' });
    expect(page.items[0].comments.map((c) => c.body)).toEqual(['Call recording', 'Fixed']);
    expect(page.items[0].recordings).toEqual([{ url: `${BASE}/recordings/1.mp3`, durationSeconds: 240 }]);
    // The next events start just after the newest ticket change of the page (2025-02-02T10:00:00Z).
    expect(new URLSearchParams(page.cursor!).get('events')).toBe('1738490401');
    const next = await zd.tickets.exportTickets({ cursor: page.cursor! });
    expect(zd.calls[3].url).toBe(`${BASE}/api/v2/incremental/tickets/cursor.json?cursor=t1&include=metric_sets,comment_count`);
    expect(next).toMatchObject({ items: [], end: true });
  });

  it('loads a ticket\'s comments on their own when the events did not bring them all', async () => {
    const zd = adapters([
      jsonResponse(200, { tickets: [{ ...ticket7, comment_count: 2 }], after_cursor: 't1', end_of_stream: true }),
      jsonResponse(200, { ticket_events: [{ ticket_id: 7, timestamp: 1738486800, child_events: [fixed] }], end_time: 1738486800, count: 1, end_of_stream: true }),
      jsonResponse(200, { comments: [voice], next_page: `${BASE}/api/v2/tickets/7/comments.json?page=2` }),
      jsonResponse(200, { comments: [fixed], next_page: null }),
    ]);
    const page = await zd.tickets.exportTickets({ cursor: 'tickets=t0&events=1738486800' });
    expect(zd.calls[2].url).toBe(`${BASE}/api/v2/tickets/7/comments.json`);
    expect(zd.calls[3].url).toBe(`${BASE}/api/v2/tickets/7/comments.json?page=2`);
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
