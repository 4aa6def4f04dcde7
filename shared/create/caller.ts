import type { Crm, CrmRecordRef } from '../vocabulary/crmRecord';

/** Where the caller may be known from: the IVR's identification, the screen pop, the card's links. */
export interface CallerSources {
  ivr?: { outcome?: string; matches?: readonly CrmRecordRef[] };
  screenPop?: CrmRecordRef;
  links?: readonly CrmRecordRef[];
}

/** The objects that are a person in each CRM: the record a new case is for. */
const PERSON_OBJECTS: Record<Crm, readonly string[]> = {
  salesforce: ['Contact'],
  servicenow: ['customer_contact', 'csm_consumer'],
  zendesk: ['user'],
  dynamics: ['contact'],
};

/**
 * PRODUCT.md §4.1: the person a record created during the interaction is about. The IVR's
 * single identification comes first (an ambiguous caller is nobody yet), then the record the
 * screen pop opened, then a person the agent linked on the card.
 */
export function callerOf(crm: Crm, sources: CallerSources): CrmRecordRef | null {
  const identified = sources.ivr?.outcome === 'identified' ? (sources.ivr.matches ?? []) : [];
  const candidates = [...identified, ...(sources.screenPop ? [sources.screenPop] : []), ...(sources.links ?? [])];
  const caller = candidates.find((ref) => ref.crm === crm && PERSON_OBJECTS[crm].includes(ref.object));
  return caller ? { crm: caller.crm, object: caller.object, id: caller.id } : null;
}
