import type { Identifier, LookupTarget } from '../../ivr/lookupPlan';
import { phoneFormats } from '../phoneFormats';

/**
 * One request of a Zendesk lookup: a search, a read by id (a ticket number is the ticket id), or
 * Search Organizations by external id, which the general search does not index
 * (https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/#search-organizations).
 */
export type ZendeskLookupRequest = { search: string } | { get: { object: string; id: string } } | { organizationsByExternalId: string };

/** Zendesk search values with a space or a colon are quoted (https://support.zendesk.com/hc/en-us/articles/4408886879258). */
const term = (value: string) => (/[\s:"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

/**
 * The searches for one target of the plan, one per field: `type:user phone:*4155551000`,
 * `type:user email:a@b.example`, `type:organization external_id:ACC-1`, or a custom user field
 * by its key (`type:user line_number:...`). For the ANI, digits only and a leading `*` match
 * every format the number was saved in
 * (https://developer.zendesk.com/documentation/voice/talk-partner-edition/retrieving-the-zendesk-user-id-of-a-caller/).
 */
export function targetRequests(target: LookupTarget, identifier: Identifier, value: string): ZendeskLookupRequest[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  let searched = trimmed;
  if (identifier === 'ani') {
    const formats = phoneFormats(trimmed);
    if (!formats) return [];
    searched = `*${formats.nationalDigits}`;
  }
  if (identifier === 'email' && !/^\S+@\S+$/.test(trimmed)) return [];
  return target.fields.flatMap((field): ZendeskLookupRequest[] => {
    if (field === 'id') return /^\d+$/.test(trimmed) ? [{ get: { object: target.object, id: trimmed } }] : [];
    if (target.object === 'organization' && field === 'external_id') return [{ organizationsByExternalId: trimmed }];
    return [{ search: `type:${target.object} ${field}:${identifier === 'ani' ? searched : term(searched)}` }];
  });
}
