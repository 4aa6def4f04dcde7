import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Identity, User } from '../model/types';

/**
 * A user's email and phone are also identities
 * (https://developer.zendesk.com/api-reference/ticketing/users/user_identities/); setting
 * `email` or `phone` on the user changes the primary identity of that type.
 */
export function syncIdentities(state: ZendeskState, user: User): void {
  syncOne(state, user, 'email', user.email);
  syncOne(state, user, 'phone_number', user.phone);
}

function syncOne(state: ZendeskState, user: User, type: Identity['type'], value: string | null): void {
  const identities = state.data.identities;
  const index = identities.findIndex((i) => i.user_id === user.id && i.type === type && i.primary);
  const now = isoTime(state.now());
  if (!value) {
    if (index >= 0) identities.splice(index, 1);
    return;
  }
  if (index >= 0) {
    if (identities[index].value !== value) Object.assign(identities[index], { value, updated_at: now });
    return;
  }
  identities.push({
    id: nextId(state),
    user_id: user.id,
    type,
    value,
    verified: user.verified,
    primary: true,
    created_at: user.created_at,
    updated_at: user.created_at,
  });
}

export function identitiesOf(state: ZendeskState, userId: number): Identity[] {
  return state.data.identities.filter((i) => i.user_id === userId);
}

export function identityJson(identity: Identity, base: string) {
  return {
    url: `${base}/users/${identity.user_id}/identities/${identity.id}.json`,
    ...identity,
    undeliverable_count: 0,
    deliverable_state: 'deliverable',
  };
}
