import { fail, SalesforceError, sfError } from '../http/errors';
import type { Applied, RecordService } from './recordService';
import { isMatchKey, matchingIds } from './matchKey';

const NUMERIC = new Set(['int', 'double', 'currency', 'percent']);

/** An upsert's outcome: the write, and whether it created the record. */
export interface Upserted extends Applied {
  created: boolean;
}

/** Several records hold the value: the REST API answers 300 with their URLs, collections and bulk an error per row. */
export class MultipleMatches extends SalesforceError {
  constructor(
    readonly objectName: string,
    readonly fieldName: string,
    readonly ids: string[],
  ) {
    super(300, [sfError('DUPLICATE_EXTERNAL_ID', `${fieldName}: more than one record found for external id field: [${ids.join(', ')}]`, [])]);
  }
}

/** The 404 for a field that cannot key an upsert, in the wording of sObject Rows by External ID. */
export const notAKey = (fieldName: string) => fail(404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${fieldName}`);

/**
 * Upsert: no record with the key's value creates one (with the key set), one updates it,
 * several refuse. `Id` as the key updates that record; an empty Id creates.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
 */
export function upsertRecord(records: RecordService, objectName: string, keyField: string, value: unknown, body: Record<string, unknown>, userId: string): Upserted {
  const schema = records.schemaOf(objectName);
  const field = records.store.registry.field(schema.name, keyField);
  if (!field || !isMatchKey(field)) throw notAKey(keyField);
  const values = Object.fromEntries(Object.entries(body).filter(([name]) => name.toLowerCase() !== field.name.toLowerCase()));
  if (field.name === 'Id') {
    if (value === undefined || value === null || value === '') return { ...records.create(schema.name, values, userId), created: true };
    return { ...records.update(schema.name, records.find(schema.name, String(value)).Id, values, userId), created: false };
  }
  const ids = matchingIds(records.store, schema.name, field, value);
  if (ids.length > 1) throw new MultipleMatches(schema.name, field.name, ids);
  if (ids.length === 1) return { ...records.update(schema.name, ids[0], values, userId), created: false };
  if (value === undefined || value === null || value === '') throw fail(400, 'MISSING_ARGUMENT', `${field.name} not specified`, [field.name]);
  // A key from the URL or a CSV cell is text; a numeric External ID stores it as a number.
  const typed = NUMERIC.has(field.type) && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  return { ...records.create(schema.name, { ...values, [field.name]: typed }, userId), created: true };
}
