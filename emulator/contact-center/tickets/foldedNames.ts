import type { ArchivedUser } from './archive';

/** Text as the name and email filters compare it: lower case, accents dropped. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A user's name and email folded once, not on every keystroke of the filters: over 50k users,
 * folding them per query took longer than the search itself. Keyed by the user record, which
 * an import replaces when the CRM changes it, so a changed name is folded afresh.
 */
const folded = new WeakMap<ArchivedUser, { name: string; email: string }>();

export function foldedUser(user: ArchivedUser): { name: string; email: string } {
  let names = folded.get(user);
  if (!names) folded.set(user, (names = { name: fold(user.name), email: fold(user.email) }));
  return names;
}
