import { to18 } from '../ids/salesforceId';
import type { FieldSchema } from '../model/types';
import type { RecordStore } from './recordStore';

/**
 * Fields a record can be matched on instead of its id (upsert, relationship keys): the Id,
 * External ID fields, and the standard fields describe marks `idLookup` (Email, CaseNumber).
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_upsert.htm
 */
export function isMatchKey(field: FieldSchema): boolean {
  return field.name === 'Id' || Boolean(field.externalId) || field.type === 'email' || field.name === 'CaseNumber';
}

/** Live records of `objectName` whose `field` equals `value` (case-insensitively, through the field index). */
export function matchingIds(store: RecordStore, objectName: string, field: FieldSchema, value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (field.name === 'Id') {
    const record = store.byId(String(value));
    return record && !record.IsDeleted && store.objectOf(record.Id) === objectName ? [record.Id] : [];
  }
  const key = typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  return [...(store.byFieldValue(objectName, field.name, field.type === 'reference' ? (to18(key) ?? key) : key) ?? [])];
}
