/** The CRMs the product talks to. */
export const CRMS = ['salesforce', 'servicenow', 'zendesk', 'dynamics'] as const;
export type Crm = (typeof CRMS)[number];

/** Each CRM's name as its vendor writes it, for messages and the console. */
export const CRM_NAMES: Record<Crm, string> = { salesforce: 'Salesforce', servicenow: 'ServiceNow', zendesk: 'Zendesk', dynamics: 'Dynamics 365' };

/**
 * A reference to one record in a CRM: `object` is the CRM's own type name
 * (Salesforce sObject such as `Contact`, ServiceNow table such as `csm_consumer`).
 */
export interface CrmRecordRef {
  crm: Crm;
  object: string;
  id: string;
}

/** A reference with what the card shows of it. */
export interface CrmRecord extends CrmRecordRef {
  /** Empty when the CRM record has no display name (PRODUCT.md §3.2 shows a preview instead). */
  name: string;
  fields?: Record<string, unknown>;
}

export const isCrm = (value: unknown): value is Crm => typeof value === 'string' && (CRMS as readonly string[]).includes(value);

/** Salesforce ids compare on their case-sensitive 15-character form; other CRMs on the whole id. */
export function sameRecord(a: CrmRecordRef, b: CrmRecordRef): boolean {
  if (a.crm !== b.crm) return false;
  if (a.crm === 'salesforce') return a.id.slice(0, 15) === b.id.slice(0, 15);
  return a.object === b.object && a.id === b.id;
}

export const recordKey = (ref: CrmRecordRef): string =>
  `${ref.crm}:${ref.object}:${ref.crm === 'salesforce' ? ref.id.slice(0, 15) : ref.id}`;
