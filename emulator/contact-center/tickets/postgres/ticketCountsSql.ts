import type { TicketFilters } from '../ticketSearch';
import type { Conditions } from './sqlConditions';

/** Tickets of one status on one channel among a search's matches. */
export interface Cell {
  status: string;
  channel: string;
  n: string | number;
}

/** The users one agent or contact filter names: their keys, and the value typed for them. */
export interface NamedSide {
  side: 'assignee' | 'requester';
  keys: ReadonlySet<string>;
  typed?: string;
}

/**
 * The one agent or contact filter of a search without text or dates: its facets and total are
 * the sums of the named users' kept counts (migration 004), whatever their tickets number.
 */
export function onlyNamed(filters: TicketFilters, tsquery: string | undefined): NamedSide | undefined {
  if (tsquery !== undefined || filters.from || filters.to) return undefined;
  if (filters.assigneeKeys && !filters.requesterKeys) return { side: 'assignee', keys: filters.assigneeKeys, typed: filters.assigneeNamed };
  if (filters.requesterKeys && !filters.assigneeKeys) return { side: 'requester', keys: filters.requesterKeys, typed: filters.requesterNamed };
  return undefined;
}

/**
 * Tickets per status and channel among the matches of every filter but those two (the base
 * conditions), as a query numbered in the statement's parameters: the facets and the total
 * come from it in one pass. Without other filters the kept counts answer it; with one name
 * filter alone, the kept counts of the users it names; with a creation range alone, the kept
 * day counts.
 */
export function cellsSql(base: Conditions, filters: TicketFilters, tsquery: string | undefined): string {
  if (base.clauses.length === 0) return 'SELECT status, channel, tickets AS n FROM archived_ticket_counts';
  const users = onlyNamed(filters, tsquery);
  if (users) return `SELECT status, channel, sum(tickets) AS n FROM (${namedUserRows(base, users)}) AS named_rows GROUP BY status, channel HAVING sum(tickets) > 0`;
  return datedOnly(base, filters, tsquery) ?? `SELECT status, channel, count(*) AS n FROM archived_tickets ${base.where()} GROUP BY status, channel`;
}

/** The kept rows of the users a filter names: tickets and the newest ticket per status and channel. */
export const namedUserRows = (base: Conditions, users: NamedSide) =>
  `SELECT user_key, status, channel, tickets, latest FROM archived_user_ticket_counts WHERE side = ${base.param(users.side)} AND ${base.named('user_key', users.keys, users.typed)}`;

const DAY = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Creation bounds as the in-memory index takes them: whole seconds, `to` up to its last millisecond. */
export const bound = (time: string, end: boolean) => `${time}${end ? '.999' : '.000'}Z`;

/**
 * A creation range without text or names: the whole UTC days inside it summed from the kept
 * day counts (migration 005), the tickets of its partial first and last days counted. Only
 * when the range holds a whole day; a shorter one counts its few tickets.
 */
function datedOnly(c: Conditions, filters: TicketFilters, tsquery: string | undefined): string | undefined {
  if (tsquery !== undefined || filters.assigneeKeys || filters.requesterKeys || (!filters.from && !filters.to)) return undefined;
  const from = filters.from ? Date.parse(bound(filters.from, false)) : undefined;
  const to = filters.to ? Date.parse(bound(filters.to, true)) : undefined;
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  const wholeFrom = from === undefined ? undefined : Math.ceil(from / DAY) * DAY;
  const wholeUntil = to === undefined ? undefined : Math.floor((to + 1) / DAY) * DAY;
  if (wholeFrom !== undefined && wholeUntil !== undefined && wholeFrom >= wholeUntil) return undefined;
  const days: string[] = [];
  const parts: string[] = [];
  if (from !== undefined && wholeFrom !== undefined) {
    days.push(`day >= ${c.param(dayOf(wholeFrom))}::date`);
    if (from < wholeFrom) {
      parts.push(`SELECT status, channel, count(*) FROM archived_tickets WHERE created_at >= ${c.param(new Date(from).toISOString())}::timestamptz
        AND created_at < ${c.param(new Date(wholeFrom).toISOString())}::timestamptz GROUP BY status, channel`);
    }
  }
  if (to !== undefined && wholeUntil !== undefined) {
    days.push(`day < ${c.param(dayOf(wholeUntil))}::date`);
    if (to >= wholeUntil) {
      parts.push(`SELECT status, channel, count(*) FROM archived_tickets WHERE created_at >= ${c.param(new Date(wholeUntil).toISOString())}::timestamptz
        AND created_at <= ${c.param(new Date(to).toISOString())}::timestamptz GROUP BY status, channel`);
    }
  }
  const all = [`SELECT status, channel, tickets FROM archived_ticket_day_counts WHERE ${days.join(' AND ')}`, ...parts];
  return `SELECT status, channel, sum(tickets) AS n FROM (${all.join(' UNION ALL ')}) AS counted (status, channel, tickets) GROUP BY status, channel HAVING sum(tickets) > 0`;
}
