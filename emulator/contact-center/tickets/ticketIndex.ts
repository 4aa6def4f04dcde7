import type { ArchivedTicket, ArchivedUser, TicketArchive } from './archive';
import type { TicketFilters, TicketPage, TicketSort } from './ticketSearch';

/** What an import page, a push batch or the retention job changed in the archive. */
export interface ArchiveChange {
  stored: ArchivedTicket[];
  removed: string[];
  /** Users the page stored and those it removed; absent when it touched none. */
  users?: { stored: ArchivedUser[]; removed: string[] };
}

export interface BorrowedPage {
  ticketKeys?: readonly string[];
  users?: readonly { key: string; email: string | null }[];
}

/** What the page's users became: stored if the archive holds them after the page, else removed. */
export function usersChange(archive: TicketArchive, keys: readonly string[]): NonNullable<ArchiveChange['users']> {
  const change: NonNullable<ArchiveChange['users']> = { stored: [], removed: [] };
  for (const key of new Set(keys)) {
    if (Object.hasOwn(archive.users, key)) change.stored.push(archive.users[key]);
    else change.removed.push(key);
  }
  return change;
}

/**
 * The ticket archive's search and lookups (§8.4) behind one port, so the ticket routes answer
 * the same from either adapter: in memory over the archive in the store (`memoryTicketIndex.ts`,
 * the embedded default) or in PostgreSQL tables when `DATABASE_URL` is set
 * (`postgres/pgTicketIndex.ts`, issue 22). `ticketIndex.contract.ts` holds both to the same answers.
 */
export interface TicketIndex {
  /**
   * Judges an import page or push batch: `judge` runs (synchronously) on the archive in memory
   * holding what the page needs (the stored tickets it names, the users holding its keys or
   * emails), and its change is stored before this resolves. One page at a time.
   */
  judge<T extends { change: ArchiveChange }>(page: BorrowedPage, judge: () => T): Promise<T>;
  /** Makes the index follow the archive; resolves once the change is stored. */
  apply(change: ArchiveChange): Promise<void>;
  search(filters: TicketFilters, offset: number, limit: number, sort?: TicketSort): Promise<TicketPage>;
  get(key: string): Promise<ArchivedTicket | undefined>;
  /** The archived users of these keys (those found). */
  users(keys: readonly string[]): Promise<Map<string, ArchivedUser>>;
  /**
   * The users a filter value names: by id, CRM id, or any part of their name or email, ignoring
   * case and accents. With `atMost`, an index may stop past that many: a search filter naming
   * more users is matched by its typed value (`TicketFilters.assigneeNamed`), not by its keys.
   */
  usersNamed(value: string, atMost?: number): Promise<Set<string>>;
  /** Agent or contact suggestions as the agent types: names starting with the text first. */
  suggestPeople(role: 'agent' | 'contact', typed: string): Promise<{ name: string; email: string }[]>;
  /** Removes the tickets past the retention at `now`; their keys. */
  purgeExpired(now: Date): Promise<string[]>;
}
