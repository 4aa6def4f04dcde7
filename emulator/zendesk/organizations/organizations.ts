import { fieldError } from '../http/errors';
import { isoTime, nextId, type ZendeskState } from '../model/state';
import type { Organization } from '../model/types';

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
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name) throw fieldError('name', 'Name: cannot be blank', 'BlankValue');
  if (state.data.organizations.some((o) => o.name.toLowerCase() === name.toLowerCase())) {
    throw fieldError('name', 'Name: has already been taken', 'DuplicateValue');
  }
  const now = isoTime(state.now());
  const organization: Organization = {
    id: nextId(state),
    name,
    domain_names: Array.isArray(input.domain_names) ? input.domain_names.map(String) : [],
    details: typeof input.details === 'string' ? input.details : '',
    notes: typeof input.notes === 'string' ? input.notes : '',
    external_id: input.external_id == null ? null : String(input.external_id),
    tags: Array.isArray(input.tags) ? input.tags.map(String) : [],
    organization_fields: input.organization_fields && typeof input.organization_fields === 'object' ? (input.organization_fields as Record<string, unknown>) : {},
    created_at: now,
    updated_at: now,
  };
  state.data.organizations.push(organization);
  state.organizationsById.set(organization.id, organization);
  return organization;
}

export function organizationJson(organization: Organization, base: string) {
  return { url: `${base}/organizations/${organization.id}.json`, ...organization, group_id: null, shared_tickets: false, shared_comments: false };
}
