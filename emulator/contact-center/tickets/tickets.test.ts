import { describe, expect, it } from 'vitest';
import type { ArchivedTicket, TicketArchive } from './archive';
import { purgeExpired } from './retention';
import { TicketSearch } from './ticketSearch';

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
