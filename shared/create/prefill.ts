import { requireFeature, type FeatureDisabled, type FeatureSwitches } from '../config/requireFeature';
import { normalizePhone, type Region } from '../phone/normalizePhone';
import type { Channel } from '../vocabulary/channel';
import type { Crm } from '../vocabulary/crmRecord';
import { caseOriginOf } from './caseOrigin';
import { splitName } from './splitName';

/** Where each type's form takes the interaction's facts; absent keys are not on that form. */
interface FormFields {
  phone?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  /** Types without first/last name take the whole name here. */
  fullName?: string;
  subject?: string;
  /** The caller's person record and its company (Contact and Account). */
  contactId?: string;
  accountId?: string;
  /** Where the record came from, by channel. */
  origin?: string;
}

/**
 * Salesforce Case "Web" fields hold the contact's details when no Contact is linked yet.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
 */
const FORMS: Record<Crm, Record<string, FormFields>> = {
  salesforce: {
    Contact: { phone: 'Phone', email: 'Email', firstName: 'FirstName', lastName: 'LastName' },
    Lead: { phone: 'Phone', email: 'Email', firstName: 'FirstName', lastName: 'LastName' },
    Case: { phone: 'SuppliedPhone', email: 'SuppliedEmail', fullName: 'SuppliedName', subject: 'Subject', contactId: 'ContactId', accountId: 'AccountId', origin: 'Origin' },
  },
  servicenow: {
    csm_consumer: { phone: 'phone', email: 'email', firstName: 'first_name', lastName: 'last_name' },
    customer_contact: { phone: 'phone', email: 'email', firstName: 'first_name', lastName: 'last_name' },
    sn_customerservice_case: { subject: 'short_description' },
  },
  zendesk: {
    user: { phone: 'phone', email: 'email', fullName: 'name' },
    ticket: { subject: 'subject' },
  },
  dynamics: {
    contact: { phone: 'telephone1', email: 'emailaddress1', firstName: 'firstname', lastName: 'lastname' },
    incident: { subject: 'title' },
  },
};

export interface CreateFacts {
  channel: Channel;
  /** The phone number, email address or handle the contact used. */
  from: string;
  contactName?: string;
  subject?: string;
  region?: Region;
  /** The caller as the CRM knows them (see callerOf), with the account their record belongs to. */
  caller?: { contactId: string; accountId?: string | null };
}

/** PRODUCT.md §4.1: the types the admin allows agents to create in this CRM. */
export function allowedCreateTypes(crm: Crm, config: FeatureSwitches): string[] | FeatureDisabled {
  return requireFeature(config, 'create') ?? config.features.create.allowedTypes[crm];
}

export type Prefill = { object: string; values: Record<string, string> } | { refused: 'type-not-allowed'; object: string } | FeatureDisabled;

/**
 * The create pop-up pre-filled from the interaction (§4.1): phone or email, name, subject, and
 * on a case the caller's Contact and Account and the origin, so the case is linked to them.
 */
export function prefillForm(crm: Crm, object: string, facts: CreateFacts, config: FeatureSwitches): Prefill {
  const allowed = allowedCreateTypes(crm, config);
  if (!Array.isArray(allowed)) return allowed;
  if (!allowed.includes(object)) return { refused: 'type-not-allowed', object };
  const form = FORMS[crm][object] ?? {};
  const values: Record<string, string> = {};
  const set = (field: string | undefined, value: string | null | undefined) => {
    if (field && value) values[field] = value;
  };
  const from = facts.from.trim();
  if (from.includes('@')) set(form.email, from.toLowerCase());
  else set(form.phone, normalizePhone(from, facts.region));
  const name = splitName(facts.contactName ?? '');
  set(form.firstName, name.firstName);
  set(form.lastName, name.lastName);
  set(form.fullName, facts.contactName?.trim());
  set(form.subject, facts.subject?.trim());
  set(form.contactId, facts.caller?.contactId);
  set(form.accountId, facts.caller?.accountId);
  set(form.origin, caseOriginOf(facts.channel));
  return { object, values };
}
