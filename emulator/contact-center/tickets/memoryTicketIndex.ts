import type { ArchivedUser, TicketArchive } from './archive';
import { peopleSuggestions } from './peopleSuggestions';
import { purgeExpired } from './retention';
import type { ArchiveChange, BorrowedPage, TicketIndex } from './ticketIndex';
import { usersNamed } from './ticketQuery';
import { TicketSearch } from './ticketSearch';

/**
 * The ticket index port over the archive kept in the store (lowdb, the embedded default): the
 * search indexes are built in memory from it at start and follow each change.
 */
export class MemoryTicketIndex implements TicketIndex {
  private readonly index = new TicketSearch();

  constructor(private readonly archive: () => TicketArchive) {}

  /** Builds the in-memory indexes from the archive (at start). */
  rebuild(): void {
    this.index.rebuild(Object.values(this.archive().tickets));
  }

  /** The whole archive is in memory: the page is judged at once. */
  async judge<T extends { change: ArchiveChange }>(_page: BorrowedPage, judge: () => T): Promise<T> {
    const judged = judge();
    await this.apply(judged.change);
    return judged;
  }

  async apply(change: ArchiveChange): Promise<void> {
    this.index.putMany(change.stored);
    for (const key of change.removed) this.index.remove(key);
  }

  async search(...args: Parameters<TicketSearch['search']>) {
    return this.index.search(...args);
  }

  async get(key: string) {
    return this.index.get(key);
  }

  async users(keys: readonly string[]): Promise<Map<string, ArchivedUser>> {
    const { users } = this.archive();
    return new Map(keys.flatMap((key) => (Object.hasOwn(users, key) ? [[key, users[key]] as const] : [])));
  }

  async usersNamed(value: string) {
    return usersNamed(this.archive(), value);
  }

  async suggestPeople(role: 'agent' | 'contact', typed: string) {
    return peopleSuggestions(this.archive(), role, typed);
  }

  async purgeExpired(now: Date): Promise<string[]> {
    const purged = purgeExpired(this.archive(), now);
    for (const key of purged) this.index.remove(key);
    return purged;
  }
}
