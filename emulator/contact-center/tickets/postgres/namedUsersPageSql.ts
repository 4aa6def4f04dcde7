import type { Conditions } from './sqlConditions';
import { namedUserRows, type NamedSide } from './ticketCountsSql';

/**
 * The deepest page read from the named users' own tickets: each of the first users is asked for
 * as many tickets as the page's end, so deeper pages read the archive newest first instead.
 */
export const NEWEST_OF_USERS_MAX = 200;

/** The page's end, and its conditions besides the name filter (status, channel, shown at all). */
export interface UsersPageWanted {
  /** The first ticket shown (the offset asked). */
  at: number;
  limit: number;
  /** `status = $n` and `channel = $n`: the kept rows and the tickets name these columns alike. */
  own: string[];
  /** Whether the counts leave tickets to show past the offset. */
  shown: string;
  /** The offset, numbered in the statement. */
  offset: string;
}

/**
 * An agent or contact filter alone, newest first, as parts of one statement: the named users'
 * kept rows (migration 009), read once, give the counts (`cells`) and the page. The page's
 * tickets are the newest of the users holding one of the rows with the newest tickets (as many
 * rows as the page's end, ties kept), each user's read from their own index.
 * Why that is enough: a ticket among the first n is newer than all but fewer than n tickets, so
 * fewer than n rows (each a user's status and channel) hold a newer newest ticket than its row.
 */
export function namedUsersPage(base: Conditions, users: NamedSide, wanted: UsersPageWanted): string[] {
  const end = wanted.at + wanted.limit;
  const own = wanted.own.map((condition) => ` AND ${condition}`).join('');
  const column = `${users.side}_key`;
  const ranked = `(SELECT latest FROM named_rows WHERE true${own} ORDER BY latest DESC OFFSET ${base.param(end - 1)}::bigint LIMIT 1)`;
  return [
    `named_rows AS MATERIALIZED (${namedUserRows(base, users)})`,
    'cells AS MATERIALIZED (SELECT status, channel, sum(tickets) AS n FROM named_rows GROUP BY status, channel HAVING sum(tickets) > 0)',
    `newest AS (SELECT DISTINCT user_key FROM named_rows WHERE latest >= coalesce(${ranked}, '-infinity')${own})`,
    `page AS (SELECT t.created_at, t.key FROM newest CROSS JOIN LATERAL (
       SELECT created_at, key FROM archived_tickets WHERE ${column} = newest.user_key${own} ORDER BY created_at DESC, key DESC LIMIT ${base.param(end)}::bigint) AS t
     WHERE ${wanted.shown}
     ORDER BY t.created_at DESC, t.key DESC LIMIT ${base.param(wanted.limit)} OFFSET ${wanted.offset})`,
  ];
}

/** Whether a page of a name filter alone is read from its users' own tickets. */
export const readsFromUsers = (sort: string, offset: number, limit: number) => sort !== 'updated' && limit > 0 && offset + limit <= NEWEST_OF_USERS_MAX;
