import { afterEach, expect, it } from 'vitest';
import type { ArchivedTicket, ArchivedUser, TicketArchive } from './archive';
import type { TicketIndex } from './ticketIndex';
import { TYPED_FILTER_KEYS, type TicketFilters, type TicketSort } from './ticketSearch';

/** A fresh, empty index and the archive in memory it judges pages on. */
export interface TicketIndexUnderTest {
  index: TicketIndex;
  archive: TicketArchive;
  close(): Promise<void>;
}

const NOW = new Date('2025-06-30T12:00:00Z');
const HOUR = 3_600_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * HOUR).toISOString();

const user = (key: string, name: string, email: string, role = 'end-user'): ArchivedUser => ({ key, crm: 'zendesk', id: key.split(':')[1], name, email, role, active: true });
const USERS = [
  user('zendesk:10', 'María García', 'maria.garcia@example.es'),
  user('zendesk:11', 'Mariana Lindqvist', 'mariana@example.se'),
  user('zendesk:12', 'Jonas Okafor', 'jonas@example.ng'),
  user('zendesk:2', 'Mei Lin', 'mei.lin@support.example', 'agent'),
  user('zendesk:7', 'Marius Novak', 'marius@support.example', 'admin'),
];

/**
 * Forty tickets: created an hour apart, updated in the other order (ties every fourth),
 * statuses and channels alternating, a third about an invoice, three assigned to agent 7.
 */
function tickets(): ArchivedTicket[] {
  return Array.from({ length: 40 }, (_, i) => {
    const createdAt = new Date(Date.UTC(2025, 4, 1) + i * HOUR).toISOString();
    const invoice = i % 3 === 0;
    return {
      key: `zendesk:${i}`,
      crm: 'zendesk',
      id: String(i),
      subject: invoice ? 'Invoice charged twice' : 'Router keeps rebooting',
      description: invoice ? 'The invoice came twice this month.' : 'Since the firmware update.',
      status: i % 2 ? 'solved' : 'closed',
      channel: i % 5 ? 'email' : 'voice',
      priority: null,
      requesterKey: USERS[i % 3].key,
      assigneeKey: i < 3 ? 'zendesk:7' : 'zendesk:2',
      createdAt,
      updatedAt: new Date(Date.UTC(2025, 5, 1) - Math.floor(i / 4) * HOUR).toISOString(),
      solvedAt: i === 39 ? daysAgo(91) : daysAgo(20),
      crmUrl: `https://example.zendesk.com/agent/tickets/${i}`,
      comments: [{ id: `c${i}`, authorKey: USERS[i % 3].key, body: i === 4 ? 'It blinks amber.' : 'Thanks for the help.', public: true, createdAt }],
      recordings: [],
    };
  });
}

/** The same search on every adapter (ARCHITECTURE rule 8): in memory and on PostgreSQL. */
export function ticketIndexContract(open: () => Promise<TicketIndexUnderTest>): void {
  let subject: TicketIndexUnderTest | undefined;
  afterEach(async () => {
    await subject?.close();
    subject = undefined;
  });
  const all = tickets();

  /** An index holding the forty tickets and five users, stored as an import page stores them. */
  async function filled(): Promise<TicketIndex> {
    subject = await open();
    const { index, archive } = subject;
    await index.judge({ ticketKeys: all.map((t) => t.key), users: USERS }, () => {
      for (const t of all) archive.tickets[t.key] = t;
      for (const u of USERS) archive.users[u.key] = u;
      return { change: { stored: all, removed: [], users: { stored: USERS, removed: [] } } };
    });
    return index;
  }

  const keysOf = async (index: TicketIndex, filters: TicketFilters, sort?: TicketSort, offset = 0, limit = 100) => (await index.search(filters, offset, limit, sort)).tickets.map((t) => t.key);
  /** Every match in a time order, newest first, ties newest created. */
  const expected = (keep: (t: ArchivedTicket) => boolean, field: 'createdAt' | 'updatedAt' = 'createdAt') =>
    all.filter(keep).sort((a, b) => b[field].localeCompare(a[field]) || b.createdAt.localeCompare(a.createdAt)).map((t) => t.key);
  const tally = (list: ArchivedTicket[], field: 'status' | 'channel') => list.reduce<Record<string, number>>((n, t) => ({ ...n, [t[field]]: (n[t[field]] ?? 0) + 1 }), {});

  it('answers newest first, paged, with the total and both facets', async () => {
    const index = await filled();
    expect(await index.search({}, 10, 3)).toMatchObject({ total: 40, tickets: expected(() => true).slice(10, 13).map((key) => ({ key })), facets: { status: tally(all, 'status'), channel: tally(all, 'channel') } });
    expect(await keysOf(index, {}, 'updated', 6, 5)).toEqual(expected(() => true, 'updatedAt').slice(6, 11));
  });

  it('combines status (any case), channel, agent, contact and a creation time range', async () => {
    const index = await filled();
    expect(await keysOf(index, { status: 'Solved', channel: 'voice' })).toEqual(expected((t) => t.status === 'solved' && t.channel === 'voice'));
    expect(await keysOf(index, { assigneeKeys: new Set(['zendesk:7']), status: 'closed' })).toEqual(['zendesk:2', 'zendesk:0']);
    expect(await keysOf(index, { requesterKeys: new Set(['zendesk:11']), from: '2025-05-02T00:00:00' })).toEqual(expected((t) => t.requesterKey === 'zendesk:11' && t.createdAt >= '2025-05-02'));
    expect(await keysOf(index, { from: '2025-05-01T10:00:00', to: '2025-05-01T12:00:00' })).toEqual(['zendesk:12', 'zendesk:11', 'zendesk:10']);
    expect(await index.search({ channel: 'fax' }, 0, 10)).toMatchObject({ tickets: [], total: 0 });
    const closedEmail = await index.search({ status: 'closed', channel: 'email' }, 0, 2);
    expect(closedEmail.facets).toEqual({ status: tally(all.filter((t) => t.channel === 'email'), 'status'), channel: tally(all.filter((t) => t.status === 'closed'), 'channel') });
  });

  it('matches every word of the text, the last one as a prefix while it is no word yet', async () => {
    const index = await filled();
    const invoices = all.filter((t) => t.subject.startsWith('Invoice'));
    expect((await keysOf(index, { q: 'invoice' })).sort()).toEqual(invoices.map((t) => t.key).sort());
    expect((await keysOf(index, { q: 'invo' })).sort()).toEqual(invoices.map((t) => t.key).sort());
    expect(await keysOf(index, { q: 'amber' })).toEqual(['zendesk:4']);
    expect(await keysOf(index, { q: 'router amber' })).toEqual(['zendesk:4']);
    expect(await keysOf(index, { q: 'invoice amber' })).toEqual([]);
    expect((await keysOf(index, { q: 'route', status: 'closed', from: '2025-05-02T10:00:00' })).sort()).toEqual(
      all.filter((t) => !t.subject.startsWith('Invoice') && t.status === 'closed' && t.createdAt >= '2025-05-02T10').map((t) => t.key).sort(),
    );
  });

  it('orders text matches by time when asked, and counts each facet without its own filter', async () => {
    const index = await filled();
    expect(await keysOf(index, { q: 'invoice', channel: 'email' }, 'updated', 1, 4)).toEqual(expected((t) => t.subject.startsWith('Invoice') && t.channel === 'email', 'updatedAt').slice(1, 5));
    expect(await keysOf(index, { q: 'router' }, 'created', 0, 3)).toEqual(expected((t) => t.subject.startsWith('Router')).slice(0, 3));
    const page = await index.search({ q: 'rebooting', status: 'solved', channel: 'voice' }, 0, 100);
    const router = all.filter((t) => t.subject.startsWith('Router'));
    expect(page.facets).toEqual({ status: tally(router.filter((t) => t.channel === 'voice'), 'status'), channel: tally(router.filter((t) => t.status === 'solved'), 'channel') });
    expect(page.total).toBe(router.filter((t) => t.status === 'solved' && t.channel === 'voice').length);
  });

  it('follows changes: a ticket stored again or removed, a user removed', async () => {
    const index = await filled();
    const { archive } = subject!;
    const quiet = { ...all[4], comments: [] };
    await index.judge({ ticketKeys: [quiet.key, 'zendesk:5'] }, () => {
      archive.tickets[quiet.key] = quiet;
      delete archive.tickets['zendesk:5'];
      return { change: { stored: [quiet], removed: ['zendesk:5'] } };
    });
    expect((await index.search({ q: 'amber' }, 0, 10)).total).toBe(0);
    expect(await index.get('zendesk:5')).toBeUndefined();
    expect(await index.get('zendesk:4')).toEqual(quiet);
    expect((await index.search({}, 0, 1)).total).toBe(39);
    await index.judge({ users: [{ key: 'zendesk:12', email: null }] }, () => {
      delete archive.users['zendesk:12'];
      return { change: { stored: [], removed: [], users: { stored: [], removed: ['zendesk:12'] } } };
    });
    expect([...(await index.users(['zendesk:12', 'zendesk:10'])).keys()]).toEqual(['zendesk:10']);
  });

  it('counts the total and both facets of an agent or contact filter alone, and follows changes to them', async () => {
    const index = await filled();
    const { archive } = subject!;
    let current = all;
    const check = async (filters: TicketFilters, keep: (t: ArchivedTicket) => boolean) => {
      const matched = current.filter(keep);
      const status = filters.status?.toLowerCase();
      const page = await index.search(filters, 1, 3);
      expect(page.total).toBe(matched.filter((t) => (status === undefined || t.status === status) && (filters.channel === undefined || t.channel === filters.channel)).length);
      expect(page.facets).toEqual({
        status: tally(matched.filter((t) => filters.channel === undefined || t.channel === filters.channel), 'status'),
        channel: tally(matched.filter((t) => status === undefined || t.status === status), 'channel'),
      });
      const newest = matched
        .filter((t) => (status === undefined || t.status === status) && (filters.channel === undefined || t.channel === filters.channel))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((t) => t.key);
      expect(page.tickets.map((t) => t.key)).toEqual(newest.slice(1, 4));
    };
    const contacts = new Set(['zendesk:10', 'zendesk:11', 'zendesk:404']);
    const agents = new Set(['zendesk:7']);
    const cases: [TicketFilters, (t: ArchivedTicket) => boolean][] = [
      [{ requesterKeys: contacts }, (t) => contacts.has(t.requesterKey ?? '')],
      [{ requesterKeys: contacts, status: 'Solved' }, (t) => contacts.has(t.requesterKey ?? '')],
      [{ requesterKeys: contacts, channel: 'voice' }, (t) => contacts.has(t.requesterKey ?? '')],
      [{ assigneeKeys: agents }, (t) => t.assigneeKey === 'zendesk:7'],
      [{ assigneeKeys: new Set(['zendesk:2']), status: 'closed', channel: 'email' }, (t) => t.assigneeKey === 'zendesk:2'],
    ];
    for (const [filters, keep] of cases) await check(filters, keep);
    expect(await index.search({ requesterKeys: new Set(['zendesk:404']) }, 0, 10)).toEqual({ tickets: [], total: 0, facets: { status: {}, channel: {} } });

    // A ticket moves to another contact, agent, status and channel; another loses its agent; two are removed.
    const moved = { ...all[0], requesterKey: 'zendesk:12', assigneeKey: 'zendesk:2', status: 'solved', channel: 'chat' };
    const unassigned = { ...all[1], assigneeKey: null };
    await index.judge({ ticketKeys: [moved.key, unassigned.key, 'zendesk:2', 'zendesk:10'] }, () => {
      archive.tickets[moved.key] = moved;
      archive.tickets[unassigned.key] = unassigned;
      delete archive.tickets['zendesk:2'];
      delete archive.tickets['zendesk:10'];
      return { change: { stored: [moved, unassigned], removed: ['zendesk:2', 'zendesk:10'] } };
    });
    current = all.filter((t) => t.key !== 'zendesk:2' && t.key !== 'zendesk:10').map((t) => (t.key === moved.key ? moved : t.key === unassigned.key ? unassigned : t));
    for (const [filters, keep] of cases) await check(filters, keep);
    await check({ requesterKeys: new Set(['zendesk:12']), channel: 'chat' }, (t) => t.requesterKey === 'zendesk:12');
    expect((await index.search({ assigneeKeys: agents }, 0, 10)).total).toBe(0);
    expect((await index.search({ assigneeKeys: agents }, 0, 10)).facets).toEqual({ status: {}, channel: {} });
  });

  it('pages a name filter alone as the same filter with a creation range, ties, status, channel and deep pages included', async () => {
    const index = await filled();
    const { archive } = subject!;
    // Ninety more tickets of thirty contacts, created at four moments only: many ties in the newest-first order.
    const tied = Array.from({ length: 90 }, (_, i) => ({
      ...all[i % all.length],
      key: `zendesk:t${i}`,
      id: `t${i}`,
      requesterKey: `zendesk:u${i % 30}`,
      status: i % 4 ? 'solved' : 'open',
      channel: i % 5 ? 'email' : 'voice',
      createdAt: new Date(Date.UTC(2025, 5, 1) + (i % 4) * HOUR).toISOString(),
    }));
    await index.judge({ ticketKeys: tied.map((t) => t.key) }, () => {
      for (const t of tied) archive.tickets[t.key] = t;
      return { change: { stored: tied, removed: [] } };
    });
    const contacts = new Set(['zendesk:10', 'zendesk:404', ...Array.from({ length: 30 }, (_, n) => `zendesk:u${n}`)]);
    const windows: [number, number][] = [[0, 20], [3, 7], [19, 2], [40, 30], [0, 250]];
    const sameAsDated = async () => {
      for (const own of [{}, { status: 'solved' }, { channel: 'voice' }, { status: 'open', channel: 'email' }]) {
        for (const [offset, limit] of windows) {
          for (const sort of ['created', 'relevance'] as TicketSort[]) {
            const alone = await index.search({ requesterKeys: contacts, ...own }, offset, limit, sort);
            const dated = await index.search({ requesterKeys: contacts, ...own, from: '2000-01-01T00:00:00' }, offset, limit, sort);
            expect(alone, `${JSON.stringify(own)} ${offset} ${limit} ${sort}`).toEqual(dated);
          }
        }
      }
    };
    await sameAsDated();
    const newestMoment = new Date(Date.UTC(2025, 5, 1) + 3 * HOUR).toISOString();
    expect((await index.search({ requesterKeys: contacts }, 0, 5)).tickets.map((t) => t.createdAt)).toEqual(Array(5).fill(newestMoment));

    // The newest tickets of twenty contacts are removed, and some older ones move out of the filter:
    // what is kept of each contact's newest ticket must follow.
    const removed = tied.filter((t, i) => i % 4 === 3 && i % 30 < 20).map((t) => t.key);
    const movedOut = tied.filter((t, i) => i % 4 === 2 && i % 3 === 0).map((t) => ({ ...t, requesterKey: 'zendesk:11' }));
    await index.judge({ ticketKeys: [...removed, ...movedOut.map((t) => t.key)] }, () => {
      for (const key of removed) delete archive.tickets[key];
      for (const t of movedOut) archive.tickets[t.key] = t;
      return { change: { stored: movedOut, removed } };
    });
    await sameAsDated();
  });

  it('counts the total and both facets of a creation range of whole and partial days, and follows changes to them', async () => {
    const index = await filled();
    const { archive } = subject!;
    let current = all;
    const check = async (filters: TicketFilters) => {
      const inRange = current.filter((t) => (!filters.from || t.createdAt >= `${filters.from}.000Z`) && (!filters.to || t.createdAt <= `${filters.to}.999Z`));
      const statusOk = (t: ArchivedTicket) => filters.status === undefined || t.status === filters.status;
      const channelOk = (t: ArchivedTicket) => filters.channel === undefined || t.channel === filters.channel;
      const page = await index.search(filters, 0, 100);
      expect(page.total).toBe(inRange.filter((t) => statusOk(t) && channelOk(t)).length);
      expect(page.facets).toEqual({ status: tally(inRange.filter(channelOk), 'status'), channel: tally(inRange.filter(statusOk), 'channel') });
      expect(page.tickets.map((t) => t.key)).toEqual(
        inRange
          .filter((t) => statusOk(t) && channelOk(t))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((t) => t.key),
      );
    };
    const ranges: TicketFilters[] = [
      { from: '2025-05-01T00:00:00', to: '2025-05-01T23:59:59' },
      { from: '2025-04-30T12:00:00', to: '2025-05-02T05:30:00', channel: 'email' },
      { from: '2025-05-01T05:00:00', status: 'solved' },
      { to: '2025-05-01T23:59:59', channel: 'voice' },
      { from: '2025-05-01T05:00:00', to: '2025-05-02T03:00:00' },
      { from: '2025-05-03T00:00:00' },
    ];
    for (const filters of ranges) await check(filters);
    const moved = { ...all[5], status: 'solved', channel: 'chat', createdAt: '2025-05-02T06:00:00.000Z' };
    await index.judge({ ticketKeys: [moved.key, 'zendesk:30'] }, () => {
      archive.tickets[moved.key] = moved;
      delete archive.tickets['zendesk:30'];
      return { change: { stored: [moved], removed: ['zendesk:30'] } };
    });
    current = all.filter((t) => t.key !== 'zendesk:30').map((t) => (t.key === moved.key ? moved : t));
    for (const filters of ranges) await check(filters);
  });

  it('judges a page with the stored tickets it names and the users holding its emails', async () => {
    const index = await filled();
    const { archive } = subject!;
    const seen = await index.judge({ ticketKeys: ['zendesk:3', 'zendesk:99'], users: [{ key: 'zendesk:50', email: 'Maria.Garcia@example.es' }] }, () => ({
      change: { stored: [], removed: [] },
      tickets: Object.hasOwn(archive.tickets, 'zendesk:3') && !Object.hasOwn(archive.tickets, 'zendesk:99'),
      emailHolder: Object.values(archive.users).find((u) => u.email === 'maria.garcia@example.es')?.key,
    }));
    expect(seen).toMatchObject({ tickets: true, emailHolder: 'zendesk:10' });
  });

  it('finds the same tickets for a name typed beside its keys, however many users it names', async () => {
    const index = await filled();
    const { archive } = subject!;
    // 1,500 more contacts called Marisol, two tickets each: past the count of keys a database index stops sending.
    const many = Array.from({ length: 1500 }, (_, n) => user(`zendesk:m${n}`, `Marisol Bulk ${n}`, `marisol${n}@example.pt`));
    const theirs = many.flatMap((u, n) => [0, 1].map((k) => ({ ...all[(n + k) % all.length], key: `zendesk:m${n}-${k}`, id: `m${n}-${k}`, requesterKey: u.key, createdAt: new Date(Date.UTC(2025, 3, 1) + (n * 2 + k) * 60_000).toISOString() })));
    await index.judge({ ticketKeys: theirs.map((t) => t.key), users: many }, () => {
      for (const t of theirs) archive.tickets[t.key] = t;
      for (const u of many) archive.users[u.key] = u;
      return { change: { stored: theirs, removed: [], users: { stored: many, removed: [] } } };
    });
    for (const typed of ['mari', 'MARISOL bulk 1', 'zendesk:m7', 'nobody']) {
      const requesterKeys = await index.usersNamed(typed);
      // As a search looks them up: an index may stop past TYPED_FILTER_KEYS, the typed value deciding.
      const asSearched = await index.usersNamed(typed, TYPED_FILTER_KEYS);
      expect([...asSearched].every((key) => requesterKeys.has(key))).toBe(true);
      if (requesterKeys.size <= TYPED_FILTER_KEYS) expect(asSearched).toEqual(requesterKeys);
      for (const filters of [{ requesterKeys }, { requesterKeys, status: 'solved' }, { requesterKeys, from: '2025-04-01T12:00:00' }, { requesterKeys, q: 'router' }] as TicketFilters[]) {
        for (const sort of ['created', 'updated', 'relevance'] as TicketSort[]) {
          expect(await index.search({ ...filters, requesterKeys: asSearched, requesterNamed: typed }, 5, 30, sort), `${typed} ${JSON.stringify({ ...filters, requesterKeys: undefined })} ${sort}`).toEqual(await index.search(filters, 5, 30, sort));
        }
      }
      const assigneeKeys = await index.usersNamed(typed);
      expect(await index.search({ assigneeKeys: await index.usersNamed(typed, TYPED_FILTER_KEYS), assigneeNamed: typed }, 0, 10)).toEqual(await index.search({ assigneeKeys }, 0, 10));
    }
    expect((await index.search({ requesterKeys: await index.usersNamed('marisol', TYPED_FILTER_KEYS), requesterNamed: 'marisol' }, 0, 1)).total).toBe(3000);
  });

  it('names users by id or any part of their name or email, ignoring case and accents, and suggests them', async () => {
    const index = await filled();
    const named = async (value: string) => [...(await index.usersNamed(value))].filter((key) => USERS.some((u) => u.key === key)).sort();
    expect(await named('mari')).toEqual(['zendesk:10', 'zendesk:11', 'zendesk:7']);
    expect(await named('GARCÍA')).toEqual(['zendesk:10']);
    expect(await named('example.ng')).toEqual(['zendesk:12']);
    expect(await named('2')).toEqual(['zendesk:2']);
    expect(await index.suggestPeople('contact', 'mar')).toEqual([
      { name: 'María García', email: 'maria.garcia@example.es' },
      { name: 'Mariana Lindqvist', email: 'mariana@example.se' },
    ]);
    expect(await index.suggestPeople('agent', 'support')).toEqual([
      { name: 'Marius Novak', email: 'marius@support.example' },
      { name: 'Mei Lin', email: 'mei.lin@support.example' },
    ]);
  });

  it('purges the tickets past the 90-day retention', async () => {
    const index = await filled();
    expect(await index.purgeExpired(NOW)).toEqual(['zendesk:39']);
    expect(await index.get('zendesk:39')).toBeUndefined();
    expect((await index.search({}, 0, 1)).total).toBe(39);
  });
}
