import { describe, expect, it, vi } from 'vitest';
import type { ArchivedTicket, TicketArchive } from './archive';
import { purgeExpired } from './retention';
import { TicketSearch } from './ticketSearch';
import { TicketTextIndex } from './ticketTextIndex';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const ticket = (key: string, overrides: Partial<ArchivedTicket> = {}): ArchivedTicket => ({
  key,
  crm: 'zendesk',
  id: key.split(':')[1],
  subject: 'Router keeps rebooting',
  description: 'Since the firmware update.',
  status: 'solved',
  channel: 'email',
  priority: null,
  requesterKey: 'zendesk:10',
  assigneeKey: 'zendesk:2',
  createdAt: daysAgo(30),
  updatedAt: daysAgo(29),
  solvedAt: daysAgo(29),
  crmUrl: '',
  comments: [{ id: 'c1', authorKey: 'zendesk:10', body: 'It blinks amber.', public: true, createdAt: daysAgo(30) }],
  recordings: [],
  ...overrides,
});

describe('retention job (§8.3)', () => {
  it('purges archived tickets solved more than 90 days ago and keeps the rest', () => {
    const archive: TicketArchive = { users: {}, refusedUsers: {}, runs: {}, cursors: {}, tickets: { 'zendesk:1': ticket('zendesk:1'), 'zendesk:2': ticket('zendesk:2', { solvedAt: daysAgo(91), updatedAt: daysAgo(91) }) } };
    expect(purgeExpired(archive, NOW)).toEqual(['zendesk:2']);
    expect(Object.keys(archive.tickets)).toEqual(['zendesk:1']);
  });
});

describe('ticket search index', () => {
  it('finds by comment words, follows updates and removals', () => {
    const search = new TicketSearch();
    search.rebuild([ticket('zendesk:1'), ticket('zendesk:2', { subject: 'Invoice twice', comments: [] })]);
    expect(search.search({ q: 'amber' }, 0, 10).tickets.map((t) => t.key)).toEqual(['zendesk:1']);
    search.put(ticket('zendesk:1', { comments: [] }));
    expect(search.search({ q: 'amber' }, 0, 10).total).toBe(0);
    search.remove('zendesk:2');
    expect(search.search({}, 0, 10).tickets.map((t) => t.key)).toEqual(['zendesk:1']);
  });
});

describe('ticket search filters', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    ticket(`zendesk:${i}`, {
      createdAt: new Date(Date.UTC(2025, 4, 1) + i * 3_600_000).toISOString(),
      status: i % 2 ? 'solved' : 'closed',
      channel: i % 3 ? 'email' : 'voice',
      assigneeKey: i < 3 ? 'zendesk:7' : 'zendesk:2',
      subject: i === 5 ? 'Invoice charged twice' : 'Router keeps rebooting',
    }),
  );
  const search = new TicketSearch();
  search.rebuild(many);
  const keys = (filters: Parameters<TicketSearch['search']>[0], offset = 0, limit = 100) => search.search(filters, offset, limit).tickets.map((t) => t.key);

  it('answers newest first, paged, with the total', () => {
    expect(keys({}, 0, 3)).toEqual(['zendesk:59', 'zendesk:58', 'zendesk:57']);
    expect(search.search({}, 10, 5)).toMatchObject({ total: 60, tickets: [{ key: 'zendesk:49' }, {}, {}, {}, {}] });
  });

  it('counts every match of a page that stops early, whichever filters narrow it', () => {
    const page = (filters: Parameters<TicketSearch['search']>[0]) => search.search(filters, 4, 2);
    expect(page({ status: 'solved' })).toMatchObject({ total: 30, tickets: [{ key: 'zendesk:51' }, { key: 'zendesk:49' }] });
    expect(page({ status: 'solved', channel: 'email' })).toMatchObject({ total: many.filter((_, i) => i % 2 && i % 3).length, tickets: [{ key: 'zendesk:47' }, { key: 'zendesk:43' }] });
    expect(page({ status: 'closed', from: '2025-05-02T00:00:00' })).toMatchObject({ total: 18, tickets: [{ key: 'zendesk:50' }, { key: 'zendesk:48' }] });
    expect(page({ from: '2025-05-02T00:00:00', to: '2025-05-02T23:59:59' })).toMatchObject({ total: 24, tickets: [{ key: 'zendesk:43' }, { key: 'zendesk:42' }] });
    search.remove('zendesk:59');
    expect(page({ status: 'solved' })).toMatchObject({ total: 29, tickets: [{ key: 'zendesk:49' }, { key: 'zendesk:47' }] });
    search.put(many[59]);
  });

  it('combines status, channel, agent and a creation time range', () => {
    expect(keys({ status: 'Solved', channel: 'voice' })).toEqual(many.filter((_, i) => i % 2 && !(i % 3)).map((t) => t.key).reverse());
    expect(keys({ assigneeKeys: new Set(['zendesk:7']), status: 'closed' })).toEqual(['zendesk:2', 'zendesk:0']);
    expect(keys({ from: '2025-05-01T10:00:00', to: '2025-05-01T12:00:00' })).toEqual(['zendesk:12', 'zendesk:11', 'zendesk:10']);
    expect(keys({ channel: 'fax' })).toEqual([]);
  });

  it('matches whole words, and the last word as a prefix only while it is no word yet', () => {
    expect(keys({ q: 'invoice' })).toEqual(['zendesk:5']);
    expect(keys({ q: 'invo' })).toEqual(['zendesk:5']);
    expect(keys({ q: 'route', status: 'closed', from: '2025-05-03T10:00:00' }).sort()).toEqual(many.filter((t, i) => i % 2 === 0 && t.createdAt >= '2025-05-03T10').map((t) => t.key).sort());
    expect(search.search({ q: 'rebooting', channel: 'voice' }, 0, 5).total).toBe(many.filter((_, i) => i !== 5 && !(i % 3)).length);
  });
});


describe('ticket search orders and facets (issue 24)', () => {
  // Updates run against creation: the oldest created is the latest updated, ties every fourth.
  const many = Array.from({ length: 40 }, (_, i) =>
    ticket(`zendesk:${i}`, {
      createdAt: new Date(Date.UTC(2025, 4, 1) + i * 3_600_000).toISOString(),
      updatedAt: new Date(Date.UTC(2025, 5, 1) - Math.floor(i / 4) * 3_600_000).toISOString(),
      status: i % 2 ? 'solved' : 'closed',
      channel: i % 5 ? 'email' : 'voice',
      subject: i % 3 ? 'Router keeps rebooting' : 'Invoice charged twice',
    }),
  );
  const search = new TicketSearch();
  search.rebuild(many);
  /** What every page must equal: sort every match by the time, newest first, ties newest created. */
  const expected = (keep: (t: ArchivedTicket) => boolean, field: 'createdAt' | 'updatedAt') =>
    many.filter(keep).sort((a, b) => b[field].localeCompare(a[field]) || b.createdAt.localeCompare(a.createdAt)).map((t) => t.key);
  const keys = (filters: Parameters<TicketSearch['search']>[0], sort: 'created' | 'updated', offset = 0, limit = 100) => search.search(filters, offset, limit, sort).tickets.map((t) => t.key);

  it('pages by last update, newest first, with or without filters, dates or text', () => {
    expect(keys({}, 'updated')).toEqual(expected(() => true, 'updatedAt'));
    expect(keys({}, 'updated', 6, 5)).toEqual(expected(() => true, 'updatedAt').slice(6, 11));
    expect(keys({ status: 'solved' }, 'updated', 2, 3)).toEqual(expected((t) => t.status === 'solved', 'updatedAt').slice(2, 5));
    const mayTwo = (t: ArchivedTicket) => t.createdAt >= '2025-05-02';
    expect(keys({ from: '2025-05-02T00:00:00' }, 'updated')).toEqual(expected(mayTwo, 'updatedAt'));
    expect(search.search({ from: '2025-05-02T00:00:00' }, 0, 3, 'updated').total).toBe(many.filter(mayTwo).length);
    // A few hours: the range's matches are ordered, not the whole update order walked.
    const hours = (t: ArchivedTicket) => t.createdAt >= '2025-05-02T10' && t.createdAt <= '2025-05-02T15';
    expect(keys({ from: '2025-05-02T10:00:00', to: '2025-05-02T15:00:00', status: 'closed' }, 'updated')).toEqual(expected((t) => hours(t) && t.status === 'closed', 'updatedAt'));
    expect(keys({ q: 'invoice', channel: 'email' }, 'updated', 1, 4)).toEqual(expected((t) => t.subject.startsWith('Invoice') && t.channel === 'email', 'updatedAt').slice(1, 5));
    expect(keys({ q: 'router' }, 'created', 0, 3)).toEqual(expected((t) => t.subject.startsWith('Router'), 'createdAt').slice(0, 3));
  });

  it('counts each facet of a text query without its own filter, asking the text index once', () => {
    const textSearches = vi.spyOn(TicketTextIndex.prototype, 'search');
    const page = search.search({ q: 'router', status: 'solved', channel: 'voice' }, 0, 100);
    expect(textSearches).toHaveBeenCalledTimes(1);
    textSearches.mockRestore();
    const router = many.filter((t) => t.subject.startsWith('Router'));
    const tally = (list: ArchivedTicket[], field: 'status' | 'channel') => list.reduce<Record<string, number>>((n, t) => ({ ...n, [t[field]!]: (n[t[field]!] ?? 0) + 1 }), {});
    expect(page.facets).toEqual({ status: tally(router.filter((t) => t.channel === 'voice'), 'status'), channel: tally(router.filter((t) => t.status === 'solved'), 'channel') });
    expect(page.total).toBe(router.filter((t) => t.status === 'solved' && t.channel === 'voice').length);
    expect(page.tickets.every((t) => t.status === 'solved' && t.channel === 'voice')).toBe(true);
  });
});
