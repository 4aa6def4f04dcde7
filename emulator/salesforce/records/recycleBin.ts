import type { SfRecord } from '../model/types';
import { fail } from '../http/errors';
import type { SalesforceData } from './data';
import { sfDateTime } from './fieldValue';
import type { Applied } from './recordService';
import type { RecordStore } from './recordStore';
import { cascadeOf } from './cascade';

/**
 * Deleted records stay in the org with IsDeleted true (what queryAll reads) until they are
 * undeleted or purged; the details a delete took along come back with their parent.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm
 */
const bin = (data: SalesforceData) => (data.recycleBin ??= {});

function restoreAll(store: RecordStore, previous: { objectName: string; record: SfRecord }[]): void {
  for (const { objectName, record } of previous) store.put(objectName, record);
}

/** Moves a live record and its details to the recycle bin. */
export function moveToRecycleBin(store: RecordStore, data: SalesforceData, objectName: string, record: SfRecord, userId: string): Applied {
  const details = cascadeOf(store, objectName, record);
  const now = sfDateTime(new Date());
  const all = [{ objectName, record }, ...details];
  for (const item of all) store.put(item.objectName, { ...item.record, IsDeleted: true, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now });
  bin(data)[record.Id] = details.map((d) => d.record.Id);
  return {
    id: record.Id,
    undo: () => {
      restoreAll(store, all);
      delete bin(data)[record.Id];
    },
  };
}

/** Brings a deleted record back with the details deleted with it; a live or unknown record is UNDELETE_FAILED. */
export function undelete(store: RecordStore, data: SalesforceData, id: string, userId: string): Applied {
  const found = binned(store, id);
  if (!found) throw fail(400, 'UNDELETE_FAILED', 'Entity is not in the recycle bin');
  const { objectName, record } = found;
  const now = sfDateTime(new Date());
  const all = [{ objectName, record }, ...binnedDetails(store, data, record.Id)];
  for (const item of all) store.put(item.objectName, { ...item.record, IsDeleted: false, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now });
  return leaveBin(store, data, record.Id, all);
}

/**
 * Empties a deleted record, and the details deleted with it, out of the recycle bin for good
 * (`emptyRecycleBin()`); a live or unknown record is not in the bin.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_emptyrecyclebin.htm
 */
export function purge(store: RecordStore, data: SalesforceData, id: string): Applied {
  const found = binned(store, id);
  if (!found) throw fail(400, 'INVALID_ID_FIELD', 'The record is not in the Recycle Bin');
  const { objectName, record } = found;
  const all = [{ objectName, record }, ...binnedDetails(store, data, record.Id)];
  for (const item of all) store.drop(item.objectName, item.record.Id);
  return leaveBin(store, data, record.Id, all);
}

/** A record in the recycle bin (deleted, not purged), with its object; undefined for a live or unknown id. */
function binned(store: RecordStore, id: string): { objectName: string; record: SfRecord } | undefined {
  const record = store.byId(id);
  const objectName = record && store.objectOf(record.Id);
  return record && objectName && record.IsDeleted ? { objectName, record } : undefined;
}

/** The details a delete took along with a record, still in the bin beside it. */
function binnedDetails(store: RecordStore, data: SalesforceData, id: string): { objectName: string; record: SfRecord }[] {
  return (bin(data)[id] ?? []).flatMap((detailId) => binned(store, detailId) ?? []);
}

/** Takes a record's entry out of the recycle bin; undoing puts back the records as they were and the entry. */
function leaveBin(store: RecordStore, data: SalesforceData, id: string, all: Parameters<typeof restoreAll>[1]): Applied {
  const entry = bin(data)[id];
  delete bin(data)[id];
  return {
    id,
    undo: () => {
      restoreAll(store, all);
      if (entry) bin(data)[id] = entry;
    },
  };
}

/** Removes a record and its details for good, bypassing the recycle bin (Bulk API hardDelete). */
export function hardDelete(store: RecordStore, data: SalesforceData, objectName: string, record: SfRecord): Applied {
  const all = [{ objectName, record }, ...cascadeOf(store, objectName, record)];
  for (const item of all) store.drop(item.objectName, item.record.Id);
  return leaveBin(store, data, record.Id, all);
}
