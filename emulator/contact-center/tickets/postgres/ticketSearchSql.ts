import type { Pool } from 'pg';
import type { ArchivedTicket } from '../archive';
import type { Facets } from '../ticketFilterIndex';
import type { TicketFilters, TicketPage, TicketSort } from '../ticketSearch';
import { namedUsersPage, readsFromUsers } from './namedUsersPageSql';
import { bound, cellsSql, onlyNamed, type Cell, type NamedSide } from './ticketCountsSql';
import { Conditions } from './sqlConditions';
import { TICKET_LANGUAGES } from './ticketLanguage';

/**
 * A text query read in every language a ticket may be indexed in, any reading matching: a
 * German ticket is found by its German stems, an English one by its English stems.
 */
const eachLanguage = (build: (language: string) => string) => `(${TICKET_LANGUAGES.map(build).join(' || ')})`;
const wholeWords = (q: string) => eachLanguage((l) => `websearch_to_tsquery('${l}', ${q})`);
const lastAsPrefix = (head: string, last: string) => eachLanguage((l) => `(websearch_to_tsquery('${l}', ${head}) && to_tsquery('${l}', ${last}))`);

/** Every filter but status and channel: the facets count across those two. */
function baseConditions(filters: TicketFilters, text?: (c: Conditions) => string): { base: Conditions; tsquery?: string } {
  const c = new Conditions();
  if (filters.assigneeKeys) c.clauses.push(c.named('assignee_key', filters.assigneeKeys, filters.assigneeNamed));
  if (filters.requesterKeys) c.clauses.push(c.named('requester_key', filters.requesterKeys, filters.requesterNamed));
  if (filters.from) c.clauses.push(`created_at >= ${c.param(bound(filters.from, false))}::timestamptz`);
  if (filters.to) c.clauses.push(`created_at <= ${c.param(bound(filters.to, true))}::timestamptz`);
  const tsquery = text?.(c);
  if (tsquery !== undefined) c.clauses.push(`document @@ ${tsquery}`);
  return { base: c, tsquery };
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
  const q = filters.q?.trim();
  const whole = baseConditions(filters, q ? (c) => wholeWords(c.param(q)) : undefined);
  let found = await countAndPage(pool, whole.base, filters, whole.tsquery, { offset, limit, sort });
  if (q && found.cells.length === 0) {
    const prefixed = prefixConditions(filters, q);
    if (prefixed && !(await isWordOfTheArchive(pool, prefixed.last))) found = await countAndPage(pool, prefixed.base, filters, prefixed.tsquery, { offset, limit, sort });
  }
  const { total, facets } = tally(found.cells, filters.status?.toLowerCase(), filters.channel?.toLowerCase());
  return { tickets: found.tickets, total, facets };
}

interface PageWanted {
  offset: number;
  limit: number;
  sort: TicketSort;
}

/**
 * The counts per status and channel and the page, in one statement: the users a big name
 * filter names are looked up once for both, and the page is read only when the counts leave
 * tickets to show (a one-time filter), so a filter matching nothing never scans for its page.
 */
async function countAndPage(pool: Pool, base: Conditions, filters: TicketFilters, tsquery: string | undefined, wanted: PageWanted): Promise<{ cells: Cell[]; tickets: ArchivedTicket[] }> {
  const users = onlyNamed(filters, tsquery);
  const { conditions, parts, tickets } = users && readsFromUsers(wanted.sort, wanted.offset, wanted.limit) ? fromUsersStatement(users, filters, wanted) : fromArchiveStatement(base, filters, tsquery, wanted);
  const rows = await pool.query<{ cells: Cell[] | null; tickets: ArchivedTicket[] | null }>(
    `${conditions.with(parts)}SELECT (SELECT json_agg(cells) FROM cells) AS cells, (${tickets}) AS tickets`,
    conditions.params,
  );
  return { cells: rows.rows[0].cells ?? [], tickets: rows.rows[0].tickets ?? [] };
}

/** One search's statement: its numbered conditions, its parts (`cells` and `page` among them), and how the page's tickets are read. */
interface Statement {
  conditions: Conditions;
  parts: string[];
  tickets: string;
}

/**
 * A name filter alone, newest first, from the named users' kept rows and own tickets. Its own
 * conditions: the base's name clause is on the tickets' column, which this statement does not filter.
 */
function fromUsersStatement(users: NamedSide, filters: TicketFilters, wanted: PageWanted): Statement {
  const conditions = new Conditions();
  const parts = namedUsersPage(conditions, users, { at: wanted.offset, limit: wanted.limit, ...ownConditions(conditions, filters, wanted.offset) });
  return { conditions, parts, tickets: ticketsInOrder('created') };
}

/** Any other search: the counts (`cellsSql`) and a page chosen from the archive itself. */
function fromArchiveStatement(base: Conditions, filters: TicketFilters, tsquery: string | undefined, wanted: PageWanted): Statement {
  const { own, shown, offset } = ownConditions(base, filters, wanted.offset);
  const page = pageSql(base, [...own, shown], tsquery, wanted, offset);
  return { conditions: base, parts: [`cells AS MATERIALIZED (${cellsSql(base, filters, tsquery)})`, `page AS (${page.sql})`], tickets: page.tickets };
}

/**
 * The page's own filters (status, channel), and whether the counts (`cells`) leave tickets to
 * show past the offset: uncorrelated, so tested once.
 */
function ownConditions(c: Conditions, filters: TicketFilters, offsetWanted: number): { own: string[]; shown: string; offset: string } {
  const own: string[] = [];
  const status = filters.status?.toLowerCase();
  const channel = filters.channel?.toLowerCase();
  if (status !== undefined) own.push(`status = ${c.param(status)}`);
  if (channel !== undefined) own.push(`channel = ${c.param(channel)}`);
  const offset = `${c.param(offsetWanted)}::bigint`;
  const shown = `(SELECT coalesce(sum(n), 0) FROM cells ${own.length ? `WHERE ${own.join(' AND ')}` : ''}) > ${offset}`;
  return { own, shown, offset };
}

/** The page's tickets read from the table in a time order, the page holding that order's columns. */
const ticketsInOrder = (time: 'created' | 'updated') =>
  `SELECT json_agg(t.value ORDER BY ${ORDER_COLUMNS[time].map((column) => `page.${column} DESC`).join(', ')}) FROM page JOIN archived_tickets AS t USING (key)`;

/** The page's query (the base conditions and `extra`), and how its tickets are read in order from it. */
function pageSql(base: Conditions, extra: string[], tsquery: string | undefined, wanted: PageWanted, offset: string): { sql: string; tickets: string } {
  const limit = base.param(wanted.limit);
  if (tsquery !== undefined && wanted.sort === 'relevance') {
    const order = `rank DESC, ${ORDERS.created}`;
    return {
      sql: `SELECT value, ts_rank(document, ${tsquery}) AS rank, created_at, key FROM archived_tickets ${base.where(extra)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      tickets: `SELECT json_agg(value ORDER BY ${order}) FROM page`,
    };
  }
  // In a time order the page is chosen from the index alone (archived_tickets_created_people
  // carries status, channel and both people), its tickets read after: a name filter skipping
  // thousands of tickets skips them in the index, not in the table.
  const time = wanted.sort === 'updated' ? 'updated' : 'created';
  return {
    sql: `SELECT ${ORDER_COLUMNS[time].join(', ')} FROM archived_tickets ${base.where(extra)} ORDER BY ${ORDERS[time]} LIMIT ${limit} OFFSET ${offset}`,
    tickets: ticketsInOrder(time),
  };
}

/** Three letters at least, as in memory: a shorter prefix matches most of the archive. */
const MIN_PREFIX = 3;

/** The last word read as a prefix (it is still being typed), when it is long enough to. */
function prefixConditions(filters: TicketFilters, q: string) {
  const words = q.split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  if (last.length < MIN_PREFIX) return undefined;
  return { last, ...baseConditions(filters, (c) => lastAsPrefix(c.param(words.slice(0, -1).join(' ')), c.param(`${last}:*`))) };
}

/** Whether a word is a word of some ticket: then it is typed whole, not a prefix to complete. */
async function isWordOfTheArchive(pool: Pool, word: string): Promise<boolean> {
  return Boolean((await pool.query(`SELECT 1 FROM archived_tickets WHERE document @@ ${wholeWords('$1')} LIMIT 1`, [word])).rowCount);
}
