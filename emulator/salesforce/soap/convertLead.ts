import { to18 } from '../ids/salesforceId';
import type { SfRecord } from '../model/types';
import { sfDateTime } from '../records/fieldValue';
import type { Applied, RecordService } from '../records/recordService';
import { isNode, itemError, itemErrorOf, many, tag, textOf } from './envelope';

/**
 * `convertLead(leadConverts)`: a Lead becomes an Account (new, or the one given), a Contact
 * (new, or the one given) and, unless `doNotCreateOpportunity`, an Opportunity named
 * "<Company>-" closing at the end of the quarter. The lead is marked converted. Each
 * conversion is all or nothing.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_convertlead.htm
 */
/** The LeadStatus values a new org marks IsConverted. */
const CONVERTED_STATUSES = new Set(['Closed - Converted']);

const endOfQuarter = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 + 3, 0)).toISOString().slice(0, 10);
const result = (fields: { accountId?: string; contactId?: string; leadId?: string; opportunityId?: string }) =>
  ['accountId', 'contactId', 'leadId', 'opportunityId'].map((k) => tag(k, fields[k as keyof typeof fields] ?? null)).join('');

function existing(records: RecordService, objectName: string, value: unknown): SfRecord | undefined | 'invalid' {
  if (value === undefined || value === '') return undefined;
  const id = to18(textOf(value));
  const record = id ? records.store.byId(id) : undefined;
  return record && !record.IsDeleted && records.store.objectOf(record.Id) === objectName ? record : 'invalid';
}

function convertOne(records: RecordService, request: Record<string, unknown>, userId: string): string {
  const { store } = records;
  const leadId = to18(textOf(request.leadId));
  const lead = leadId ? store.byId(leadId) : undefined;
  if (!lead || lead.IsDeleted || store.objectOf(lead.Id) !== 'Lead') return `${result({})}${itemError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', ['leadId'])}`;
  if (lead.IsConverted) return `${result({ leadId: lead.Id })}${itemError('CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead')}`;
  const status = textOf(request.convertedStatus) ?? '';
  if (!CONVERTED_STATUSES.has(status)) return `${result({ leadId: lead.Id })}${itemError('INVALID_STATUS', `invalid convertedStatus: ${status}`, ['convertedStatus'])}`;
  const account = existing(records, 'Account', request.accountId);
  const contact = existing(records, 'Contact', request.contactId);
  if (account === 'invalid' || contact === 'invalid') return `${result({ leadId: lead.Id })}${itemError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [account === 'invalid' ? 'accountId' : 'contactId'])}`;
  const owner = textOf(request.ownerId) ?? userId;
  const done: Applied[] = [];
  const create = (objectName: string, values: Record<string, unknown>) => {
    const applied = records.create(objectName, values, userId);
    done.push(applied);
    return applied.id;
  };
  try {
    const accountId = account?.Id ?? create('Account', {
      Name: lead.Company, Phone: lead.Phone, Industry: lead.Industry, OwnerId: owner,
      BillingStreet: lead.Street, BillingCity: lead.City, BillingPostalCode: lead.PostalCode, BillingCountry: lead.Country,
    });
    const contactId = contact?.Id ?? create('Contact', {
      FirstName: lead.FirstName, LastName: lead.LastName, Email: lead.Email, Phone: lead.Phone, MobilePhone: lead.MobilePhone, Title: lead.Title,
      LeadSource: lead.LeadSource, AccountId: accountId, OwnerId: owner,
      MailingStreet: lead.Street, MailingCity: lead.City, MailingPostalCode: lead.PostalCode, MailingCountry: lead.Country,
    });
    const createOpportunity = textOf(request.doNotCreateOpportunity) !== 'true';
    const opportunityId = createOpportunity
      ? create('Opportunity', { Name: textOf(request.opportunityName) || `${String(lead.Company)}-`, AccountId: accountId, StageName: 'Prospecting', CloseDate: endOfQuarter(new Date()), LeadSource: lead.LeadSource, OwnerId: owner })
      : undefined;
    const now = sfDateTime(new Date());
    const converted: SfRecord = { ...lead, Status: status, IsConverted: true, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now };
    const leadFields = new Set(records.schemaOf('Lead').fields.map((f) => f.name));
    const extra = { ConvertedAccountId: accountId, ConvertedContactId: contactId, ConvertedOpportunityId: opportunityId ?? null, ConvertedDate: now.slice(0, 10) };
    for (const [field, value] of Object.entries(extra)) if (leadFields.has(field)) converted[field] = value;
    store.put('Lead', converted);
    return `${result({ accountId, contactId, leadId: lead.Id, opportunityId })}<success>true</success>`;
  } catch (error) {
    for (const applied of done.reverse()) applied.undo();
    return `${result({ leadId: lead.Id })}${itemErrorOf(error)}`;
  }
}

export function convertLead(records: RecordService, call: Record<string, unknown>, userId: string): string[] {
  return many(call.leadConverts).map((request) => convertOne(records, isNode(request) ? request : {}, userId));
}
