import type { ArchivedUser, TicketArchive } from './archive';
import { fold, foldedPeople, type FoldedPeople } from './foldedNames';

const MAX_SUGGESTIONS = 10;
/** The roles the agent filter suggests; every other role is a contact. */
export const AGENT_ROLES = new Set(['agent', 'admin']);

/**
 * Suggestions for the agent and contact filters as the agent types: imported users of that
 * role whose name or email contains the text (ignoring case and accents), names starting
 * with it first.
 */
export function peopleSuggestions(archive: TicketArchive, role: 'agent' | 'contact', typed: string): { name: string; email: string }[] {
  return rankFolded(foldedPeople(archive), role, typed);
}

/** The suggestions among some users (wherever they were read from). */
export function rankPeople(users: Iterable<ArchivedUser>, role: 'agent' | 'contact', typed: string): { name: string; email: string }[] {
  const list = [...users];
  return rankFolded({ users: list, names: list.map((u) => fold(u.name)), emails: list.map((u) => fold(u.email)) }, role, typed);
}

function rankFolded(people: FoldedPeople, role: 'agent' | 'contact', typed: string): { name: string; email: string }[] {
  const wanted = fold(typed.trim());
  if (wanted === '') return [];
  const found: { name: string; email: string; rank: number }[] = [];
  for (let i = 0; i < people.users.length; i++) {
    const user = people.users[i];
    if (AGENT_ROLES.has(user.role) !== (role === 'agent')) continue;
    const name = people.names[i];
    const email = people.emails[i];
    const rank = name.startsWith(wanted) ? 0 : name.includes(wanted) ? 1 : email.includes(wanted) ? 2 : -1;
    if (rank >= 0) found.push({ name: user.name, email: user.email, rank });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ name, email }) => ({ name, email }));
}
