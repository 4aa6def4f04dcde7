import type { SfRecord } from '../model/types';
import { applyCompoundFields } from './compoundFields';
import type { SalesforceData } from './data';
import type { RecordStore } from './recordStore';
import { sfDateTime } from './fieldValue';

/**
 * Fields the platform computes on save: full names, Case auto-number, closed flags and the
 * activity's AccountId (from WhatId, else the contact in WhoId).
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
 */
export function applyDerived(store: RecordStore, data: SalesforceData, objectName: string, record: SfRecord, isNew: boolean): void {
  if ('LastName' in record && 'Name' in record) {
    record.Name = [record.FirstName, record.LastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
  }
  const schema = store.schema(objectName);
  if (schema) applyCompoundFields(schema, record);
  switch (objectName) {
    case 'Case':
      if (isNew) record.CaseNumber = String(++data.caseNumber).padStart(8, '0');
      record.IsClosed = record.Status === 'Closed';
      record.ClosedDate = record.IsClosed ? (record.ClosedDate ?? sfDateTime(new Date())) : null;
      break;
    case 'Opportunity':
      record.IsClosed = typeof record.StageName === 'string' && record.StageName.startsWith('Closed');
      record.IsWon = record.StageName === 'Closed Won';
      break;
    case 'Task':
      record.IsClosed = record.Status === 'Completed';
      if (isNew) record.TaskSubtype ??= 'Task';
      record.AccountId = activityAccount(store, record);
      break;
    case 'Event': {
      record.AccountId = activityAccount(store, record);
      const minutes = (Date.parse(String(record.EndDateTime).replace('+0000', 'Z')) - Date.parse(String(record.StartDateTime).replace('+0000', 'Z'))) / 60000;
      record.DurationInMinutes = Number.isFinite(minutes) ? minutes : null;
      break;
    }
  }
}

function activityAccount(store: RecordStore, record: SfRecord): string | null {
  const what = typeof record.WhatId === 'string' ? store.byId(record.WhatId) : undefined;
  const whatType = what && store.objectOf(what.Id);
  if (whatType === 'Account') return what!.Id;
  if (what && typeof what.AccountId === 'string') return what.AccountId;
  const who = typeof record.WhoId === 'string' ? store.byId(record.WhoId) : undefined;
  return who && store.objectOf(who.Id) === 'Contact' ? ((who.AccountId as string | null) ?? null) : null;
}
