import { fieldError } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Organization } from '../model/types';
import { dropMemberships } from './memberships';

export interface OrganizationInput {
  name?: unknown;
  domain_names?: unknown;
  details?: unknown;
  notes?: unknown;
  external_id?: unknown;
  tags?: unknown;
  organization_fields?: unknown;
}

/** Organization names are unique in an account (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/). */
export function createOrganization(state: ZendeskState, input: OrganizationInput): Organization {
  const now = isoTime(state.now());
  const organization: Organization = {
    id: 0,
    name: '',
    domain_names: [],
    details: '',
    notes: '',
    external_id: null,
    tags: [],
    organization_fields: {},
    created_at: now,
    updated_at: now,
  };
  applyOrganization(state, organization, { ...input, name: input.name ?? '' });
  organization.id = nextId(state);
  state.data.organizations.push(organization);
  state.organizationsById.set(organization.id, organization);
  return organization;
}

/** Update Organization: only the fields sent change; a refused name changes nothing. */
export function updateOrganization(state: ZendeskState, organization: Organization, input: OrganizationInput): Organization {
  applyOrganization(state, organization, input);
  organization.updated_at = isoTime(state.now());
  return organization;
}

/** Delete Organization also ends its users' memberships, so they belong to no organization. */
export function deleteOrganization(state: ZendeskState, organization: Organization): void {
  state.data.organizations = state.data.organizations.filter((o) => o.id !== organization.id);
  state.organizationsById.delete(organization.id);
  dropMemberships(state, (m) => m.organization_id === organization.id);
}

function applyOrganization(state: ZendeskState, organization: Organization, input: OrganizationInput): void {
  if (input.name !== undefined) {
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (!name) throw fieldError('name', 'Name: cannot be blank', 'BlankValue');
    const taken = state.data.organizations.some((o) => o.id !== organization.id && o.name.toLowerCase() === name.toLowerCase());
    if (taken) throw fieldError('name', 'Name: has already been taken', 'DuplicateValue');
    organization.name = name;
  }
  if (Array.isArray(input.domain_names)) organization.domain_names = input.domain_names.map(String);
  if (typeof input.details === 'string') organization.details = input.details;
  if (typeof input.notes === 'string') organization.notes = input.notes;
  if (input.external_id !== undefined) organization.external_id = input.external_id == null ? null : String(input.external_id);
  if (Array.isArray(input.tags)) organization.tags = input.tags.map(String);
  if (input.organization_fields && typeof input.organization_fields === 'object') {
    organization.organization_fields = { ...organization.organization_fields, ...(input.organization_fields as Record<string, unknown>) };
  }
}

export function organizationJson(organization: Organization, base: string) {
  return { url: `${base}/organizations/${organization.id}.json`, ...organization, group_id: null, shared_tickets: false, shared_comments: false };
}
