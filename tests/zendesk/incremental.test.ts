import { describe, expect, it } from 'vitest';
import { api, SEEDED_TICKETS, SEEDED_USERS, useZendesk } from './client';

const zd = useZendesk();

interface CursorPage<T> {
  after_cursor: string;
  after_url: string | null;
  before_cursor: string | null;
  end_of_stream: boolean;
  tickets?: T[];
  users?: T[];
}
interface Exported {
  id: number;
  status: string;
  updated_at: string;
}

describe('Zendesk incremental exports', () => {
  it('exports every ticket in update order through node-zendesk, following cursors to end_of_stream', async () => {
    const seen: Exported[] = [];
    let page = (await zd.client.ticketexport.exportCursor(0, '')).result as CursorPage<Exported>;
    let requests = 1;
    seen.push(...page.tickets!);
    while (!page.end_of_stream) {
      page = (await zd.client.ticketexport.exportCursor(undefined as unknown as number, page.after_cursor)).result as CursorPage<Exported>;
      seen.push(...page.tickets!);
      requests++;
    }
    expect(requests).toBe(1);
    expect(seen).toHaveLength(SEEDED_TICKETS);
    const times = seen.map((t) => t.updated_at);
    expect([...times].sort()).toEqual(times);
  });

  it('pages with per_page and after_url, and includes metric sets on request', async () => {
    const ids: number[] = [];
    let url: string | null = '/incremental/tickets/cursor.json?start_time=0&per_page=10&include=metric_sets';
    let pages = 0;
    while (url) {
      const body: CursorPage<Exported> & { metric_sets: { ticket_id: number; solved_at: string | null }[] } = await (await api(zd.emulator, url)).json();
      ids.push(...body.tickets!.map((t) => t.id));
      expect(body.metric_sets.map((m) => m.ticket_id)).toEqual(body.tickets!.map((t) => t.id));
      pages++;
      url = body.end_of_stream ? null : body.after_url!.replace(`${zd.emulator.url}/api/v2`, '');
    }
    expect(pages).toBe(4);
    expect(new Set(ids).size).toBe(SEEDED_TICKETS);
  });

  it('shows a deleted ticket with status deleted, and hides it with exclude_deleted', async () => {
    const first: CursorPage<Exported> = await (await api(zd.emulator, '/incremental/tickets/cursor.json?start_time=0')).json();
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Duplicate', comment: { body: 'Sent twice' } } });
    await zd.client.tickets.delete(ticket.id);
    const next: CursorPage<Exported> = await (await api(zd.emulator, `/incremental/tickets/cursor.json?cursor=${first.after_cursor}`)).json();
    expect(next.tickets!.map((t) => [t.id, t.status])).toEqual([[ticket.id, 'deleted']]);
    const without: CursorPage<Exported> = await (await api(zd.emulator, `/incremental/tickets/cursor.json?cursor=${first.after_cursor}&exclude_deleted=true`)).json();
    expect(without.tickets).toEqual([]);
    expect(without.end_of_stream).toBe(true);
  });

  it('exports users by cursor', async () => {
    const users: Exported[] = [];
    let url: string | null = '/incremental/users/cursor.json?start_time=0&per_page=7';
    while (url) {
      const body: CursorPage<Exported> = await (await api(zd.emulator, url)).json();
      users.push(...body.users!);
      url = body.end_of_stream ? null : body.after_url!.replace(`${zd.emulator.url}/api/v2`, '');
    }
    expect(users.length).toBeGreaterThanOrEqual(SEEDED_USERS);
    const times = users.map((u) => u.updated_at);
    expect([...times].sort()).toEqual(times);
  });

  it('offers the time-based ticket export with end_time, next_page and count', async () => {
    const body = await (await api(zd.emulator, '/incremental/tickets.json?start_time=0&per_page=10')).json();
    expect(body.count).toBe(10);
    expect(body.end_of_stream).toBe(false);
    expect(body.next_page).toContain(`start_time=${body.end_time}`);
    const viaClient = (await zd.client.tickets.incremental('0')) as unknown as Exported[];
    expect(viaClient.filter((t) => t.status !== 'deleted')).toHaveLength(SEEDED_TICKETS);
  });

  it('refuses a missing or too recent start_time and a bad cursor', async () => {
    expect((await api(zd.emulator, '/incremental/tickets/cursor.json')).status).toBe(400);
    const recent = Math.floor(Date.now() / 1000) - 10;
    expect((await api(zd.emulator, `/incremental/tickets.json?start_time=${recent}`)).status).toBe(400);
    expect((await api(zd.emulator, '/incremental/tickets/cursor.json?cursor=bm9wZQ')).status).toBe(400);
  });

  it('puts a change made right after an export, to a lower id, after that export\'s cursor', async () => {
    const { result: fresh } = await zd.client.users.create({ user: { name: 'Aiko Tanaka', email: 'aiko.tanaka@alpinefibre.example' } } as never);
    let page: CursorPage<Exported> = await (await api(zd.emulator, '/incremental/users/cursor.json?start_time=0')).json();
    while (!page.end_of_stream) page = await (await api(zd.emulator, `/incremental/users/cursor.json?cursor=${page.after_cursor}`)).json();
    expect(page.users!.at(-1)!.id).toBe((fresh as unknown as Exported).id);
    const all: Exported[] = (await (await api(zd.emulator, '/incremental/users/cursor.json?start_time=0')).json()).users;
    const lowest = Math.min(...all.map((u) => u.id));
    expect(lowest).toBeLessThan((fresh as unknown as Exported).id);
    await zd.client.users.update(lowest, { user: { notes: 'Moved to the Zurich office' } } as never);
    const next: CursorPage<Exported> = await (await api(zd.emulator, `/incremental/users/cursor.json?cursor=${page.after_cursor}`)).json();
    expect(next.users!.map((u) => u.id)).toEqual([lowest]);
  });

  it('exports ticket events with their comments (comment_events), time-based', async () => {
    const { result: ticket } = await zd.client.tickets.create({ ticket: { subject: 'Fibre box blinking', comment: { body: 'The fibre box blinks red since noon.' } } });
    await zd.client.tickets.update(ticket.id, { ticket: { comment: { body: 'A technician comes tomorrow.', public: false } } } as never);
    type EventsPage = { ticket_events: { ticket_id: number; timestamp: number; event_type: string; child_events: Record<string, unknown>[] }[]; next_page: string; count: number; end_of_stream: boolean; end_time: number };
    const full: EventsPage = await (await api(zd.emulator, '/incremental/ticket_events.json?start_time=0&include=comment_events')).json();
    expect(full.end_of_stream).toBe(true);
    expect(full.count).toBe(full.ticket_events.length);
    expect(full.next_page).toContain(`start_time=${full.end_time}`);
    const mine = full.ticket_events.filter((e) => e.ticket_id === ticket.id);
    expect(mine.map((e) => e.child_events.map((c) => [c.event_type, c.body, c.public]))).toEqual([
      [['Comment', 'The fibre box blinks red since noon.', true]],
      [['Comment', 'A technician comes tomorrow.', false]],
    ]);
    const times = full.ticket_events.map((e) => e.timestamp);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const bare: EventsPage = await (await api(zd.emulator, '/incremental/ticket_events.json?start_time=0')).json();
    expect(bare.ticket_events.find((e) => e.ticket_id === ticket.id)!.child_events[0]).toMatchObject({ event_type: 'Comment', comment_present: true, comment_public: true });
    const paged: EventsPage = await (await api(zd.emulator, '/incremental/ticket_events.json?start_time=0&per_page=5')).json();
    expect(paged).toMatchObject({ count: 5, end_of_stream: false });
    expect(paged.next_page).toContain('per_page=5');
  });
});
