import type { ArchivedUser, TicketArchive } from './archive';

/** Text as the name and email filters compare it: lower case, accents dropped. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The archive's users in one list, with each one's name and email folded, index by index. */
export interface FoldedPeople {
  users: ArchivedUser[];
  names: string[];
  emails: string[];
}

const cache = new WeakMap<Record<string, ArchivedUser>, { version: number | undefined; people: FoldedPeople }>();

/**
 * The users folded once, not on every keystroke of the filters: over 50k users, folding them,
 * or even listing them (`Object.values` of a 50k-key object sorts its keys), per query took
 * longer than the ticket search itself. Kept until the archive's `usersVersion` moves: every
 * import of users moves it.
 */
export function foldedPeople(archive: Pick<TicketArchive, 'users' | 'usersVersion'>): FoldedPeople {
  const kept = cache.get(archive.users);
  if (kept && kept.version === archive.usersVersion) return kept.people;
  const users = Object.values(archive.users);
  const people = { users, names: users.map((u) => fold(u.name)), emails: users.map((u) => fold(u.email)) };
  cache.set(archive.users, { version: archive.usersVersion, people });
  return people;
}

/** One user's name and email folded, for a user read on its own (a database row). */
export function foldedUser(user: ArchivedUser): { name: string; email: string } {
  return { name: fold(user.name), email: fold(user.email) };
}
