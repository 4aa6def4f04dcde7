import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArchivedTicket } from './archive';
import { TicketFilterIndex, type SlotFilters } from './ticketFilterIndex';

const STATUSES = ['solved', 'closed', 'Solved'];
const CHANNELS = ['chat', 'email', 'voice'];
const USERS = ['zendesk:u1', 'zendesk:u2', 'zendesk:u3', 'zendesk:u4'];

function ticket(n: number, status: string, channel: string, requester: string | null, assignee: string | null): ArchivedTicket {
  const at = new Date(Date.UTC(2026, 0, 1 + (n % 28))).toISOString();
  return { key: `zendesk:${n}`, crm: 'zendesk', id: String(n), subject: '', description: '', status, channel, priority: null, requesterKey: requester, assigneeKey: assignee, createdAt: at, updatedAt: at, solvedAt: at, crmUrl: '', comments: [], recordings: [] };
}

/** Facets and total as the definition says: every live ticket tested one by one. */
function byScan(tickets: (ArchivedTicket | undefined)[], filters: SlotFilters) {
  const passes = (t: ArchivedTicket, skip?: 'status' | 'channel') =>
    (skip === 'status' || !filters.status || t.status.toLowerCase() === filters.status) &&
    (skip === 'channel' || !filters.channel || t.channel.toLowerCase() === filters.channel) &&
    (!filters.requesterKeys || (t.requesterKey !== null && filters.requesterKeys.has(t.requesterKey))) &&
    (!filters.assigneeKeys || (t.assigneeKey !== null && filters.assigneeKeys.has(t.assigneeKey))) &&
    (filters.fromMs === undefined || Date.parse(t.createdAt) >= filters.fromMs) &&
    (filters.toMs === undefined || Date.parse(t.createdAt) <= filters.toMs);
  const live = tickets.filter((t): t is ArchivedTicket => t !== undefined);
  const tally = (skip: 'status' | 'channel') => {
    const counts: Record<string, number> = {};
    for (const t of live.filter((x) => passes(x, skip))) counts[t[skip].toLowerCase()] = (counts[t[skip].toLowerCase()] ?? 0) + 1;
    return counts;
  };
  const newestFirst = live.filter((t) => passes(t)).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.key < b.key ? -1 : 1));
  return { total: newestFirst.length, keys: newestFirst.map((t) => t.key), facets: { status: tally('status'), channel: tally('channel') } };
}

describe('TicketFilterIndex: facets, totals and pages, summed per user or counted in one pass', () => {
  const someUsers = fc.subarray(USERS, { minLength: 1 }).map((keys) => new Set(keys));
  const filters = fc.record(
    {
      status: fc.constantFrom('solved', 'closed', 'pending'),
      channel: fc.constantFrom('chat', 'email', 'voice', 'sms'),
      requesterKeys: someUsers,
      assigneeKeys: someUsers,
      fromMs: fc.integer({ min: 1, max: 28 }).map((day) => Date.UTC(2026, 0, day)),
      toMs: fc.integer({ min: 1, max: 28 }).map((day) => Date.UTC(2026, 0, day)),
    },
    { requiredKeys: [] },
  );
  const edits = fc.array(
    fc.record({ n: fc.nat(30), status: fc.constantFrom(...STATUSES), channel: fc.constantFrom(...CHANNELS), requester: fc.option(fc.constantFrom(...USERS)), assignee: fc.option(fc.constantFrom(...USERS)), remove: fc.boolean() }),
    { maxLength: 60 },
  );

  it('equal a ticket-by-ticket count after any adds, changes and removals, and pages come newest first', () => {
    fc.assert(
      fc.property(edits, filters, fc.nat(8), (steps, wanted, offset) => {
        const index = new TicketFilterIndex();
        for (const step of steps) {
          if (step.remove) index.unset(step.n);
          else index.set(step.n, ticket(step.n, step.status, step.channel, step.requester, step.assignee));
        }
        const expected = byScan(index.tickets, wanted);
        const page = index.page(wanted, offset, 5);
        expect(page.facets).toEqual(expected.facets);
        expect(page.total).toBe(expected.total);
        expect(page.slots.map((slot) => index.tickets[slot]!.key)).toEqual(expected.keys.slice(offset, offset + 5));
      }),
      { numRuns: 300 },
    );
  });
});
