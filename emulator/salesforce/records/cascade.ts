import type { SfRecord, SObjectSchema } from '../model/types';
import { fail } from '../http/errors';
import type { RecordStore } from './recordStore';

/** A record taken along by a delete. */
export interface Taken {
  objectName: string;
  record: SfRecord;
}

/**
 * Detail records that go to the recycle bin with their parent: an account's contacts and
 * opportunities, the campaign members of a contact, lead or campaign, the activities
 * (Task, Event) of any deleted record, and the children of a custom master-detail field.
 * https://help.salesforce.com/s/articleView?id=sf.account_delete.htm ("Deleted accounts are
 * moved to the Recycle Bin, along with ... Contacts, Opportunities, ... Activities")
 */
const DETAILS: Record<string, { object: string; field: string }[]> = {
  Account: [{ object: 'Contact', field: 'AccountId' }, { object: 'Opportunity', field: 'AccountId' }],
  Contact: [{ object: 'CampaignMember', field: 'ContactId' }],
  Lead: [{ object: 'CampaignMember', field: 'LeadId' }],
  Campaign: [{ object: 'CampaignMember', field: 'CampaignId' }],
};
const ACTIVITY_LINKS = [
  { object: 'Task', field: 'WhoId' }, { object: 'Task', field: 'WhatId' },
  { object: 'Event', field: 'WhoId' }, { object: 'Event', field: 'WhatId' },
];

/**
 * An account or contact with cases cannot be deleted; the API answers DELETE_FAILED, e.g.
 * "Your attempt to delete Mr. Josh Davis could not be completed because it is associated
 * with the following cases.: 00001005\n" (as quoted from API responses in public client code).
 */
const BLOCKING_CASES: Record<string, string> = { Account: 'AccountId', Contact: 'ContactId' };

function masterDetailLinks(store: RecordStore, objectName: string): { object: string; field: string }[] {
  return store.schemas().flatMap((schema: SObjectSchema) => schema.fields
    .filter((f) => f.custom && f.type === 'reference' && !f.nillable && f.referenceTo?.includes(objectName))
    .map((f) => ({ object: schema.name, field: f.name })));
}

function displayName(objectName: string, record: SfRecord): string {
  const name = String(record.Name ?? record.Id);
  return objectName === 'Contact' && record.Salutation ? `${String(record.Salutation)} ${name}` : name;
}

function liveChildren(store: RecordStore, link: { object: string; field: string }, parentId: string): SfRecord[] {
  if (!store.schema(link.object)) return [];
  return [...(store.byFieldValue(link.object, link.field, parentId) ?? [])].flatMap((id) => {
    const child = store.byId(id);
    return child && !child.IsDeleted ? [child] : [];
  });
}

/** Every live record deleting `record` takes along (depth first), or DELETE_FAILED when cases hold it. */
export function cascadeOf(store: RecordStore, objectName: string, record: SfRecord): Taken[] {
  const taken = new Map<string, Taken>();
  const visit = (name: string, current: SfRecord) => {
    const caseField = BLOCKING_CASES[name];
    const cases = caseField ? liveChildren(store, { object: 'Case', field: caseField }, current.Id) : [];
    if (cases.length) {
      const numbers = cases.map((c) => String(c.CaseNumber)).join(', ');
      throw fail(400, 'DELETE_FAILED', `Your attempt to delete ${displayName(name, current)} could not be completed because it is associated with the following cases.: ${numbers}\n`);
    }
    const links = [...(DETAILS[name] ?? []), ...ACTIVITY_LINKS, ...masterDetailLinks(store, name)];
    for (const link of links) {
      for (const child of liveChildren(store, link, current.Id)) {
        if (child.Id === record.Id || taken.has(child.Id)) continue;
        taken.set(child.Id, { objectName: link.object, record: child });
        visit(link.object, child);
      }
    }
  };
  visit(objectName, record);
  return [...taken.values()];
}
