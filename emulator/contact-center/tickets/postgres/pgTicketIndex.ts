import type { Pool } from 'pg';
import { RETENTION_DAYS } from '../../../../shared';
import { type ArchivedTicket, type ArchivedUser, type TicketArchive } from '../archive';
import { fold } from '../foldedNames';
import { AGENT_ROLES, rankPeople } from '../peopleSuggestions';
import { isExpired } from '../retention';
import type { ArchiveChange, BorrowedPage, TicketIndex } from '../ticketIndex';
import type { TicketFilters, TicketSort } from '../ticketSearch';
import { keysAsTyped } from '../ticketQuery';
import { inTransaction } from '../../../store/postgres/transaction';
import { deleteTickets, deleteUsers, upsertTickets, upsertUsers } from './archiveRows';
import { Conditions, containing, usersMatching } from './sqlConditions';
import { searchTickets } from './ticketSearchSql';

/** Tickets judged per round of the retention job: short transactions, however big the archive. */
const PURGE_BATCH = 1_000;

/**
 * The ticket index port on PostgreSQL (issue 22): archived tickets and users live in their own
 * tables (migration 003), searched where they lie and never loaded at start. The archive in
 * the store keeps only what an import needs across pages (runs, cursors, refused users); an
 * import page borrows the rows it is judged against (`judge`), stores its change, and lets go.
 */
export class PgTicketIndex implements TicketIndex {
  /** The page being judged: pages take turns, as each borrows into the one archive in memory. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: Pool,
    private readonly archive: () => TicketArchive,
  ) {}

  judge<T extends { change: ArchiveChange }>(page: BorrowedPage, judge: () => T): Promise<T> {
    const judged = this.turn.then(async () => {
      try {
        await this.borrow(page);
        const outcome = judge();
        await this.apply(outcome.change);
        return outcome;
      } finally {
        this.release();
      }
    });
    this.turn = judged.catch(() => undefined);
    return judged;
  }

  /**
   * Before a page is judged: the tickets it names and the users holding its emails or keys,
   * put into the archive in memory, so the page is judged against what is stored (a ticket
   * the CRM deleted is known to be removed; an email already taken is refused).
   */
  private async borrow(page: BorrowedPage): Promise<void> {
    const archive = this.archive();
    if (page.ticketKeys?.length) {
      const rows = await this.pool.query<{ value: ArchivedTicket }>('SELECT value FROM archived_tickets WHERE key = ANY($1::text[])', [page.ticketKeys]);
      for (const { value } of rows.rows) archive.tickets[value.key] = value;
    }
    if (page.users?.length) {
      const emails = page.users.flatMap((u) => (u.email ? [fold(u.email.trim())] : []));
      const rows = await this.pool.query<{ value: ArchivedUser }>('SELECT value FROM archived_users WHERE folded_email = ANY($1::text[]) OR key = ANY($2::text[])', [emails, page.users.map((u) => u.key)]);
      for (const { value } of rows.rows) archive.users[value.key] = value;
    }
  }

  /** Stores the change in one transaction. */
  async apply(change: ArchiveChange): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await deleteTickets(client, change.removed);
      await upsertTickets(client, change.stored);
      await deleteUsers(client, change.users?.removed ?? []);
      await upsertUsers(client, change.users?.stored ?? []);
    });
  }

  /**
   * At start: tickets and users a store kept before the tables existed move into them, then
   * the archive in memory holds none (a no-op on every later start).
   */
  async adopt(): Promise<void> {
    const archive = this.archive();
    const tickets = Object.values(archive.tickets);
    const users = Object.values(archive.users);
    if (tickets.length || users.length) await this.apply({ stored: tickets, removed: [], users: { stored: users, removed: [] } });
    this.release();
  }

  /** Empties the archive's tickets and users in memory: the tables hold them. */
  private release(): void {
    const archive = this.archive();
    archive.tickets = {};
    archive.users = {};
  }

  search(filters: TicketFilters, offset: number, limit: number, sort?: TicketSort) {
    return searchTickets(this.pool, filters, offset, limit, sort);
  }

  async get(key: string): Promise<ArchivedTicket | undefined> {
    return (await this.pool.query<{ value: ArchivedTicket }>('SELECT value FROM archived_tickets WHERE key = $1', [key])).rows[0]?.value;
  }

  async users(keys: readonly string[]): Promise<Map<string, ArchivedUser>> {
    if (keys.length === 0) return new Map();
    const rows = await this.pool.query<{ value: ArchivedUser }>('SELECT value FROM archived_users WHERE key = ANY($1::text[])', [[...new Set(keys)]]);
    return new Map(rows.rows.map(({ value }) => [value.key, value]));
  }

  /** With `atMost`, one more than that at most: enough to tell a search to match the typed value. */
  async usersNamed(value: string, atMost?: number): Promise<Set<string>> {
    const c = new Conditions();
    const limit = atMost === undefined ? '' : ` LIMIT ${c.param(atMost + 1)}`;
    const rows = await this.pool.query<{ key: string }>(`SELECT key FROM archived_users WHERE ${usersMatching(c, value)}${limit}`, c.params);
    return new Set([...keysAsTyped(value), ...rows.rows.map((r) => r.key)]);
  }

  async suggestPeople(role: 'agent' | 'contact', typed: string) {
    const wanted = fold(typed.trim());
    if (wanted === '') return [];
    const rows = await this.pool.query<{ value: ArchivedUser }>('SELECT value FROM archived_users WHERE (role = ANY($1::text[])) = $2 AND (folded_name LIKE $3 OR folded_email LIKE $3)', [
      [...AGENT_ROLES],
      role === 'agent',
      containing(wanted),
    ]);
    return rankPeople(rows.rows.map((r) => r.value), role, typed);
  }

  /**
   * The retention job in rounds: the database finds the tickets finished before the cutoff,
   * the domain's rule confirms each, and those are deleted; a round at a time, oldest first.
   */
  async purgeExpired(now: Date): Promise<string[]> {
    const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000).toISOString();
    const purged: string[] = [];
    let after = { finished: '-infinity', key: '' };
    for (;;) {
      const rows = await this.pool.query<{ value: ArchivedTicket; finished: string; key: string }>(
        `SELECT value, finished_at::text AS finished, key FROM archived_tickets
         WHERE finished_at < $1 AND (finished_at, key) > ($2::timestamptz, $3) ORDER BY finished_at, key LIMIT ${PURGE_BATCH}`,
        [cutoff, after.finished, after.key],
      );
      if (rows.rows.length === 0) return purged;
      const expired = rows.rows.filter((r) => isExpired(r.value, now)).map((r) => r.key);
      await deleteTickets(this.pool, expired);
      purged.push(...expired);
      const last = rows.rows[rows.rows.length - 1];
      after = { finished: last.finished, key: last.key };
    }
  }
}
