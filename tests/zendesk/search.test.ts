import { describe, expect, it } from 'vitest';
import { api, SEEDED_TICKETS, useZendesk } from './client';

const zd = useZendesk();

interface Result {
  result_type: string;
  id: number;
  status: string;
  subject: string;
  requester_id: number;
  via: { channel: string };
  created_at: string;
  tags: string[];
}

const search = async (query: string) => (await zd.client.search.queryAll(query)) as Result[];

describe('Zendesk search through node-zendesk', () => {
  it('filters tickets by status and marks each result with its type', async () => {
    const solved = await search('type:ticket status:solved');
    expect(solved.length).toBeGreaterThan(0);
    expect(solved.every((r) => r.result_type === 'ticket' && r.status === 'solved')).toBe(true);
  });

  it('compares statuses in their order', async () => {
    const unsolved = await search('type:ticket status<solved');
    expect(unsolved.length).toBeGreaterThan(0);
    expect(unsolved.every((r) => ['new', 'open', 'pending', 'hold'].includes(r.status))).toBe(true);
  });

  it('finds tickets by requester email and by channel', async () => {
    const [maria] = (await zd.client.users.search({ query: 'maria.garcia@acme.example' })) as { id: number }[];
    const hers = await search('type:ticket requester:maria.garcia@acme.example');
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((r) => r.requester_id === maria.id)).toBe(true);
    const calls = await search('type:ticket via:voice');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((r) => r.via.channel === 'voice')).toBe(true);
  });

  it('searches a phrase over subject, description and comments', async () => {
    const hits = await search('type:ticket "router lights"');
    expect(hits.map((r) => r.subject)).toContain('Internet drops every evening');
    const inComment = await search('type:ticket "packet loss"');
    expect(inComment.map((r) => r.subject)).toContain('Internet drops every evening');
  });

  it('filters by creation date', async () => {
    const all = await search('type:ticket');
    const recent = await search('type:ticket created>3days');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    const cutoff = Date.now() - 3 * 86_400_000;
    expect(recent.every((r) => Date.parse(r.created_at) > cutoff)).toBe(true);
  });

  it('pages with next_page and counts', async () => {
    const body = await (await api(zd.emulator, '/search.json?query=type:ticket&per_page=5')).json();
    expect(body.results).toHaveLength(5);
    expect(body.count).toBe(SEEDED_TICKETS);
    expect(body.next_page).toContain('page=2');
    const count = await (await api(zd.emulator, '/search/count.json?query=type:ticket')).json();
    expect(count).toEqual({ count: SEEDED_TICKETS });
  });

  it('finds users with type:user', async () => {
    const users = await search('type:user role:admin');
    expect(users.map((u) => u.result_type)).toEqual(['user']);
  });
});
