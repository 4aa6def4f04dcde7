import type { ZendeskState } from '../model/state';
import type { User } from '../model/types';
import { matchesText, type Term } from './parseQuery';
import { matchesWildcard } from './wildcard';

/** Whether a user satisfies every term of a user search (`type:user`, Search Users). */
export function matchesUser(state: ZendeskState, user: User, terms: Term[]): boolean {
  return terms.every((term) => matchesTerm(state, user, term) !== term.negate);
}

function matchesTerm(state: ZendeskState, user: User, term: Term): boolean {
  const value = term.value;
  switch (term.field) {
    case 'type':
      return value === 'user';
    case 'name':
      return matchesText(user.name, value);
    case 'email':
      return (user.email ?? '').toLowerCase() === value.toLowerCase() || (value.includes('*') && matchesWildcard(user.email ?? '', value));
    case 'phone':
      return samePhone(user.phone, value);
    case 'role':
      return user.role === value;
    case 'external_id':
      return user.external_id === value;
    case 'tags':
    case 'tag':
      return user.tags.includes(value);
    case 'organization':
      return user.organization_id !== null && matchesText(state.organizationsById.get(user.organization_id)?.name ?? '', value);
    case null:
      return freeText(user, value);
    default:
      return false;
  }
}

function freeText(user: User, value: string): boolean {
  if (value.includes('@')) return (user.email ?? '').toLowerCase() === value.toLowerCase();
  if (/^[+\d][\d\s().-]{5,}$/.test(value)) return samePhone(user.phone, value);
  return matchesText(`${user.name} ${user.email ?? ''} ${user.notes} ${user.details}`, value);
}

/**
 * Phone search compares digits, the last ten when there are more (a country code or an
 * extension typed differently does not hide the user).
 */
function samePhone(phone: string | null, value: string): boolean {
  if (!phone) return false;
  const a = phone.replace(/x.*$/i, '').replace(/\D/g, '');
  const b = value.replace(/x.*$/i, '').replace(/\D/g, '');
  if (a.length < 7 || b.length < 7) return false;
  return a.slice(-10) === b.slice(-10);
}
