import { fieldError } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { OrganizationMembership, User } from '../model/types';

/**
 * Organization Memberships (https://developer.zendesk.com/api-reference/ticketing/organizations/organization_memberships/):
 * a user may belong to several organizations; the default one is the user's `organization_id`.
 */
export function addMembership(state: ZendeskState, userId: number, organizationId: number, makeDefault = false): OrganizationMembership {
  const user = state.usersById.get(userId);
  if (!user) throw fieldError('user_id', 'User: is invalid', 'InvalidValue');
  if (!state.organizationsById.has(organizationId)) throw fieldError('organization_id', 'Organization: is invalid', 'InvalidValue');
  const mine = state.data.organizationMemberships.filter((m) => m.user_id === userId);
  if (mine.some((m) => m.organization_id === organizationId)) throw fieldError('user_id', 'User: is already a member of this organization', 'DuplicateValue');
  const now = isoTime(state.now());
  const membership: OrganizationMembership = { id: nextId(state), user_id: userId, organization_id: organizationId, default: mine.length === 0 || makeDefault, created_at: now, updated_at: now };
  state.data.organizationMemberships.push(membership);
  if (membership.default) setDefault(state, user, membership);
  return membership;
}

export function setDefault(state: ZendeskState, user: User, membership: OrganizationMembership): void {
  for (const m of state.data.organizationMemberships) if (m.user_id === user.id) m.default = m.id === membership.id;
  user.organization_id = membership.organization_id;
}

/** Removes memberships; a user who lost the default one falls back to another, or to none. */
export function dropMemberships(state: ZendeskState, drop: (m: OrganizationMembership) => boolean): void {
  const dropped = state.data.organizationMemberships.filter(drop);
  state.data.organizationMemberships = state.data.organizationMemberships.filter((m) => !drop(m));
  for (const userId of new Set(dropped.map((m) => m.user_id))) {
    const user = state.usersById.get(userId);
    if (!user) continue;
    const next = state.data.organizationMemberships.find((m) => m.user_id === userId);
    if (next) setDefault(state, user, next);
    else user.organization_id = null;
  }
}

/** Keeps memberships in step with a user's `organization_id` after a user write. */
export function syncUserOrganization(state: ZendeskState, user: User): void {
  const mine = state.data.organizationMemberships.filter((m) => m.user_id === user.id);
  if (user.organization_id === null) {
    if (mine.length) dropMemberships(state, (m) => m.user_id === user.id);
    return;
  }
  const existing = mine.find((m) => m.organization_id === user.organization_id);
  if (existing) setDefault(state, user, existing);
  else addMembership(state, user.id, user.organization_id, true);
}

export function membershipJson(state: ZendeskState, membership: OrganizationMembership, base: string) {
  return {
    url: `${base}/organization_memberships/${membership.id}.json`,
    ...membership,
    organization_name: state.organizationsById.get(membership.organization_id)?.name ?? null,
    view_tickets: false,
  };
}
