import { foldName } from '../cards/nameMatch';
import { normalizePhone, type Region } from '../phone/normalizePhone';
import type { CrmRecord } from '../vocabulary/crmRecord';

/** Person-level records (PRODUCT.md §5.1: accounts, contacts, leads; ServiceNow consumers; Zendesk users). */
export const PERSON_OBJECTS = ['Account', 'Contact', 'Lead', 'customer_account', 'csm_consumer', 'customer_contact', 'user', 'organization', 'contact', 'account'] as const;

export const isPersonLevel = (object: string) => (PERSON_OBJECTS as readonly string[]).includes(object);

const PHONE_FIELDS = ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone', 'phone', 'mobile_phone', 'business_phone', 'home_phone'];
const EMAIL_FIELDS = ['Email', 'email'];
/** Street and postal code together identify a household; a city alone does not. ServiceNow also names it. */
const ADDRESS_FIELDS = [
  ['MailingStreet', 'MailingPostalCode'],
  ['BillingStreet', 'BillingPostalCode'],
  ['Street', 'PostalCode'],
  ['street', 'zip'],
];

export interface RecordFacts {
  phones: string[];
  emails: string[];
  /** Normalized addresses and household references: records sharing one live together. */
  homes: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The Table API returns a reference as its sys_id, or as `{ value, link }` unless links are excluded. */
const referenceId = (value: unknown) =>
  text(value !== null && typeof value === 'object' ? (value as { value?: unknown }).value : value);

export function recordFacts(record: CrmRecord, region: Region = 'US'): RecordFacts {
  const fields = record.fields ?? {};
  const phones = PHONE_FIELDS.map((f) => normalizePhone(text(fields[f]), region)).filter((p): p is string => p !== null);
  const emails = EMAIL_FIELDS.map((f) => text(fields[f]).toLowerCase()).filter(Boolean);
  const homes = ADDRESS_FIELDS.map(([street, zip]) => [foldName(text(fields[street])), text(fields[zip]).replace(/\s/g, '').toLowerCase()])
    .filter(([street, zip]) => street !== '' && zip !== '')
    .map(([street, zip]) => `${street}|${zip}`);
  const household = referenceId(fields.household);
  if (household) homes.push(`household:${household}`);
  return { phones: [...new Set(phones)], emails: [...new Set(emails)], homes: [...new Set(homes)] };
}
