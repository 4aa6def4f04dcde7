import { noteWrittenTime, stampChange } from '../model/changeClock';
import { fieldError, RecordInvalid } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Role, User } from '../model/types';
import { syncIdentities } from './identities';
import { syncUserOrganization } from '../organizations/memberships';

/** What a caller may send in `{"user": {...}}` (https://developer.zendesk.com/api-reference/ticketing/users/users/#create-user). */
export interface UserInput {
  name?: unknown;
  email?: unknown;
  phone?: unknown;
  role?: unknown;
  active?: unknown;
  suspended?: unknown;
  verified?: unknown;
  organization_id?: unknown;
  external_id?: unknown;
  time_zone?: unknown;
  locale?: unknown;
  tags?: unknown;
  notes?: unknown;
  details?: unknown;
  user_fields?: unknown;
  /** Import only: keeps the user's history. */
  created_at?: unknown;
  updated_at?: unknown;
}

const ROLES: Role[] = ['end-user', 'agent', 'admin'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createUser(state: ZendeskState, input: UserInput): User {
  const name = text(input.name)?.trim() ?? '';
  if (!name) throw fieldError('name', 'Name: is too short (minimum is 1 characters)', 'TooShort');
  const now = isoTime(state.now());
  const user: User = {
    id: nextId(state),
    name,
    email: null,
    phone: null,
    role: 'end-user',
    active: true,
    suspended: false,
    verified: false,
    organization_id: null,
    external_id: null,
    time_zone: 'Eastern Time (US & Canada)',
    locale: 'en-US',
    tags: [],
    notes: '',
    details: '',
    user_fields: {},
    created_at: text(input.created_at) ?? now,
    updated_at: text(input.updated_at) ?? text(input.created_at) ?? now,
    last_login_at: null,
  };
  applyUser(state, user, input);
  state.data.users.push(user);
  state.usersById.set(user.id, user);
  if (user.email) state.usersByEmail.set(user.email.toLowerCase(), user);
  syncIdentities(state, user);
  syncUserOrganization(state, user);
  const writtenAt = text(input.updated_at) ?? text(input.created_at);
  if (writtenAt) noteWrittenTime(state, 'users', user.id, user.updated_at);
  else stampChange(state, 'users', user.id);
  state.version++;
  return user;
}

export function updateUser(state: ZendeskState, user: User, input: UserInput): User {
  const oldEmail = user.email?.toLowerCase();
  const name = input.name === undefined ? user.name : text(input.name)?.trim();
  if (!name) throw fieldError('name', 'Name: is too short (minimum is 1 characters)', 'TooShort');
  applyUser(state, user, input);
  user.name = name;
  if (oldEmail !== user.email?.toLowerCase()) {
    if (oldEmail) state.usersByEmail.delete(oldEmail);
    if (user.email) state.usersByEmail.set(user.email.toLowerCase(), user);
  }
  user.updated_at = isoTime(state.now());
  syncIdentities(state, user);
  if (input.organization_id !== undefined) syncUserOrganization(state, user);
  stampChange(state, 'users', user.id);
  state.version++;
  return user;
}

/** Zendesk soft-deletes: the user stays readable with `active: false` (Delete User docs). */
export function deleteUser(state: ZendeskState, user: User): User {
  user.active = false;
  user.updated_at = isoTime(state.now());
  stampChange(state, 'users', user.id);
  state.version++;
  return user;
}

/** Checks every field first so that a refused write changes nothing. */
function applyUser(state: ZendeskState, user: User, input: UserInput): void {
  const email = input.email === undefined ? undefined : text(input.email)?.trim() || null;
  if (email) {
    if (!EMAIL.test(email)) throw fieldError('email', `Email: ${email} is not properly formatted`, 'InvalidFormat');
    const owner = state.usersByEmail.get(email.toLowerCase());
    if (owner && owner.id !== user.id) {
      throw fieldError('email', `Email: ${email} is already being used by another user`, 'DuplicateValue');
    }
  }
  const role = input.role === undefined ? undefined : text(input.role);
  if (role !== undefined && !ROLES.includes(role as Role)) throw fieldError('role', `Role: is invalid`, 'InvalidValue');
  const organizationId = input.organization_id;
  if (organizationId != null && !state.organizationsById.has(Number(organizationId))) {
    throw new RecordInvalid({ organization_id: [{ description: 'Organization: is invalid', error: 'InvalidValue' }] });
  }
  if (email !== undefined) user.email = email;
  if (role !== undefined) user.role = role as Role;
  if (input.organization_id !== undefined) user.organization_id = organizationId == null ? null : Number(organizationId);
  if (input.phone !== undefined) user.phone = text(input.phone) || null;
  if (typeof input.active === 'boolean') user.active = input.active;
  if (typeof input.suspended === 'boolean') user.suspended = input.suspended;
  if (typeof input.verified === 'boolean') user.verified = input.verified;
  if (input.external_id !== undefined) user.external_id = input.external_id == null ? null : String(input.external_id);
  if (typeof input.time_zone === 'string') user.time_zone = input.time_zone;
  if (typeof input.locale === 'string') user.locale = input.locale;
  if (Array.isArray(input.tags)) user.tags = input.tags.map(String);
  if (typeof input.notes === 'string') user.notes = input.notes;
  if (typeof input.details === 'string') user.details = input.details;
  if (input.user_fields && typeof input.user_fields === 'object') user.user_fields = { ...user.user_fields, ...(input.user_fields as object) };
}

export function userJson(user: User, base: string) {
  return { ...user, url: `${base}/users/${user.id}.json` };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
