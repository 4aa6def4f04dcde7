import type { Pool } from 'pg';
import type { ArchivedTicket } from '../archive';
import type { Facets } from '../ticketFilterIndex';
import type { TicketFilters, TicketPage, TicketSort } from '../ticketSearch';
import { fold } from '../foldedNames';
import { keysAsTyped } from '../ticketQuery';
import { TICKET_LANGUAGES } from './ticketLanguage';

/** A statement's conditions and the parameters they number. */
export class Conditions {
  readonly params: unknown[] = [];
  readonly clauses: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(extra: string[] = []): string {
    const all = [...this.clauses, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  }
}

/**
 * A text query read in every language a ticket may be indexed in, any reading matching: a
 * German ticket is found by its German stems, an English one by its English stems.
 */
const eachLanguage = (build: (language: string) => string) => `(${TICKET_LANGUAGES.map(build).join(' || ')})`;
const wholeWords = (q: string) => eachLanguage((l) => `websearch_to_tsquery('${l}', ${q})`);
const lastAsPrefix = (head: string, last: string) => eachLanguage((l) => `(websearch_to_tsquery('${l}', ${head}) && to_tsquery('${l}', ${last}))`);

/** `%text%` for LIKE, the text's own `%`, `_` and `\\` taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The archived users a filter value names (`usersNamed`), as a condition on `archived_users`. */
export const usersMatching = (c: Conditions, value: string) => {
  const part = c.param(containing(fold(value)));
  return `id = ${c.param(value)} OR folded_name LIKE ${part} OR folded_email LIKE ${part}`;
};

/**
 * Above this many keys, a filter typed as part of a name is matched again in the statement
 * (a hashed subquery on the users) instead of sending the keys: "mari" names 10k users, whose
 * keys took 4 ms to send and 4 ms to plan against in each statement. Fewer keys are sent, so
 * that the index on each user's tickets can serve them.
 */
const MANY_KEYS = 1000;

/** One side's filter on a column of user keys: its keys, or the users its typed value names. */
function named(c: Conditions, column: string, keys: ReadonlySet<string>, typed: string | undefined): string {
  if (typed === undefined || keys.size <= MANY_KEYS) return `${column} = ANY(${c.param([...keys])}::text[])`;
  return `(${column} IN (SELECT key FROM archived_users WHERE ${usersMatching(c, typed)}) OR ${column} = ANY(${c.param(keysAsTyped(typed))}::text[]))`;
}

/** Creation bounds as the in-memory index takes them: whole seconds, `to` up to its last millisecond. */
const bound = (time: string, end: boolean) => `${time}${end ? '.999' : '.000'}Z`;

/** Every filter but status and channel: the facets count across those two. */
function baseConditions(filters: TicketFilters, text?: (c: Conditions) => string): { base: Conditions; tsquery?: string } {
  const c = new Conditions();
  if (filters.assigneeKeys) c.clauses.push(named(c, 'assignee_key', filters.assigneeKeys, filters.assigneeNamed));
  if (filters.requesterKeys) c.clauses.push(named(c, 'requester_key', filters.requesterKeys, filters.requesterNamed));
  if (filters.from) c.clauses.push(`created_at >= ${c.param(bound(filters.from, false))}::timestamptz`);
  if (filters.to) c.clauses.push(`created_at <= ${c.param(bound(filters.to, true))}::timestamptz`);
  const tsquery = text?.(c);
  if (tsquery !== undefined) c.clauses.push(`document @@ ${tsquery}`);
  return { base: c, tsquery };
}

interface Cell {
  status: string;
  channel: string;
  n: string;
}

/**
 * The one agent or contact filter of a search without text or dates: its facets and total are
 * the sums of the named users' kept counts (migration 004), whatever their tickets number.
 */
function onlyNamed(filters: TicketFilters, tsquery: string | undefined): { side: 'assignee' | 'requester'; keys: ReadonlySet<string>; typed?: string } | undefined {
  if (tsquery !== undefined || filters.from || filters.to) return undefined;
  if (filters.assigneeKeys && !filters.requesterKeys) return { side: 'assignee', keys: filters.assigneeKeys, typed: filters.assigneeNamed };
  if (filters.requesterKeys && !filters.assigneeKeys) return { side: 'requester', keys: filters.requesterKeys, typed: filters.requesterNamed };
  return undefined;
}

/**
 * Tickets per status and channel among the matches of every filter but those two: the facets
 * and the total come from it in one pass. Without other filters, the kept counts answer it;
 * with one name filter alone, the kept counts of the users it names.
 */
async function countCells(pool: Pool, base: Conditions, filters: TicketFilters, tsquery: string | undefined): Promise<Cell[]> {
  if (base.clauses.length === 0) return (await pool.query<Cell>('SELECT status, channel, tickets AS n FROM archived_ticket_counts')).rows;
  const users = onlyNamed(filters, tsquery);
  if (users) {
    const c = new Conditions();
    c.clauses.push(`side = ${c.param(users.side)}`, named(c, 'user_key', users.keys, users.typed));
    return (await pool.query<Cell>(`SELECT status, channel, sum(tickets) AS n FROM archived_user_ticket_counts ${c.where()} GROUP BY status, channel HAVING sum(tickets) > 0`, c.params)).rows;
  }
  const dated = datedOnly(filters, tsquery);
  if (dated) return (await pool.query<Cell>(dated.sql, dated.params)).rows;
  return (await pool.query<Cell>(`SELECT status, channel, count(*) AS n FROM archived_tickets ${base.where()} GROUP BY status, channel`, base.params)).rows;
}

const DAY = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A creation range without text or names: the whole UTC days inside it summed from the kept
 * day counts (migration 005), the tickets of its partial first and last days counted. Only
 * when the range holds a whole day; a shorter one counts its few tickets.
 */
function datedOnly(filters: TicketFilters, tsquery: string | undefined): { sql: string; params: unknown[] } | undefined {
  if (tsquery !== undefined || filters.assigneeKeys || filters.requesterKeys || (!filters.from && !filters.to)) return undefined;
  const from = filters.from ? Date.parse(bound(filters.from, false)) : undefined;
  const to = filters.to ? Date.parse(bound(filters.to, true)) : undefined;
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  const wholeFrom = from === undefined ? undefined : Math.ceil(from / DAY) * DAY;
  const wholeUntil = to === undefined ? undefined : Math.floor((to + 1) / DAY) * DAY;
  if (wholeFrom !== undefined && wholeUntil !== undefined && wholeFrom >= wholeUntil) return undefined;
  const c = new Conditions();
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
  return {
    sql: `SELECT status, channel, sum(tickets) AS n FROM (${all.join(' UNION ALL ')}) AS counted (status, channel, tickets) GROUP BY status, channel HAVING sum(tickets) > 0`,
    params: c.params,
  };
}

function tally(cells: Cell[], status: string | undefined, channel: string | undefined): { total: number; facets: Facets } {
  const facets: Facets = { status: {}, channel: {} };
  let total = 0;
  for (const cell of cells) {
    const n = Number(cell.n);
    const statusOk = status === undefined || cell.status === status;
    const channelOk = channel === undefined || cell.channel === channel;
    if (channelOk) facets.status[cell.status] = (facets.status[cell.status] ?? 0) + n;
    if (statusOk) facets.channel[cell.channel] = (facets.channel[cell.channel] ?? 0) + n;
    if (statusOk && channelOk) total += n;
  }
  return { total, facets };
}

const ORDERS = {
  created: 'created_at DESC, key DESC',
  updated: 'updated_at DESC, created_at DESC, key DESC',
} as const;

/** The columns of each time order, to order the chosen page again after reading its tickets. */
const ORDER_COLUMNS = {
  created: ['created_at', 'key'],
  updated: ['updated_at', 'created_at', 'key'],
} as const;

/**
 * The search of §8.4 in SQL, answering as `TicketSearch` does in memory: every word of the
 * text must match (the last one as a prefix while it is no word of the archive yet); best
 * matches first unless a time order is asked; facets counted without their own filter.
 */
export async function searchTickets(pool: Pool, filters: TicketFilters, offset: number, limit: number, sort: TicketSort = 'relevance'): Promise<TicketPage> {
  const status = filters.status?.toLowerCase();
  const channel = filters.channel?.toLowerCase();
  const q = filters.q?.trim();
  let { base, tsquery } = baseConditions(filters, q ? (c) => wholeWords(c.param(q)) : undefined);
  let cells = await countCells(pool, base, filters, tsquery);
  if (q && cells.length === 0) {
    const prefixed = await prefixQuery(pool, filters, q);
    if (prefixed) ({ base, tsquery, cells } = prefixed);
  }
  const { total, facets } = tally(cells, status, channel);
  if (total === 0 || offset >= total) return { tickets: [], total, facets };
  const own: string[] = [];
  if (status !== undefined) own.push(`status = ${base.param(status)}`);
  if (channel !== undefined) own.push(`channel = ${base.param(channel)}`);
  if (tsquery !== undefined && sort === 'relevance') {
    const rows = await pool.query<{ value: ArchivedTicket }>(
      `SELECT value FROM archived_tickets ${base.where(own)} ORDER BY ts_rank(document, ${tsquery}) DESC, ${ORDERS.created} LIMIT ${base.param(limit)} OFFSET ${base.param(offset)}`,
      base.params,
    );
    return { tickets: rows.rows.map((r) => r.value), total, facets };
  }
  // In a time order the page is chosen from the index alone (archived_tickets_created_people
  // carries status, channel and both people), its tickets read after: a name filter skipping
  // thousands of tickets skips them in the index, not in the table.
  const time = sort === 'updated' ? 'updated' : 'created';
  const columns = ORDER_COLUMNS[time];
  const rows = await pool.query<{ value: ArchivedTicket }>(
    `SELECT t.value FROM (SELECT ${columns.join(', ')} FROM archived_tickets ${base.where(own)} ORDER BY ${ORDERS[time]} LIMIT ${base.param(limit)} OFFSET ${base.param(offset)}) AS page
     JOIN archived_tickets AS t USING (key) ORDER BY ${columns.map((column) => `page.${column} DESC`).join(', ')}`,
    base.params,
  );
  return { tickets: rows.rows.map((r) => r.value), total, facets };
}

/** Three letters at least, as in memory: a shorter prefix matches most of the archive. */
const MIN_PREFIX = 3;

/**
 * The last word as a prefix, when whole words found nothing and that word is no word of the
 * archive at all (it is still being typed).
 */
async function prefixQuery(pool: Pool, filters: TicketFilters, q: string) {
  const words = q.split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  if (last.length < MIN_PREFIX) return undefined;
  const known = await pool.query(`SELECT 1 FROM archived_tickets WHERE document @@ ${wholeWords('$1')} LIMIT 1`, [last]);
  if (known.rowCount) return undefined;
  const { base, tsquery } = baseConditions(filters, (c) => lastAsPrefix(c.param(words.slice(0, -1).join(' ')), c.param(`${last}:*`)));
  return { base, tsquery, cells: await countCells(pool, base, filters, tsquery) };
}
