import type { SfRecord, SObjectSchema } from '../model/types';
import { SalesforceError, sfError, type SfError } from '../http/errors';

/**
 * A record's RecordTypeId must name an active record type of its own object ("Record Type ID:
 * this ID value isn't valid for the user"), and a restricted picklist takes only the values
 * its record type makes available. The API does not hold unrestricted picklists to the
 * record type's values, so neither does the emulator.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_recordtype.htm
 */
export function checkRecordType(schema: SObjectSchema, record: SfRecord): void {
  const types = schema.recordTypes;
  const id = record.RecordTypeId as string | null | undefined;
  if (!types?.length || !id) return;
  const recordType = types.find((rt) => rt.id === id);
  if (!recordType || !recordType.active) {
    throw new SalesforceError(400, [sfError('INVALID_CROSS_REFERENCE_KEY', `Record Type ID: this ID value isn't valid for the user: ${id}`, ['RecordTypeId'])]);
  }
  const errors: SfError[] = [];
  for (const [fieldName, allowed] of Object.entries(recordType.picklistValues)) {
    const field = schema.fields.find((f) => f.name === fieldName);
    const value = record[fieldName];
    if (!field?.restrictedPicklist || typeof value !== 'string' || value === '') continue;
    const bad = (field.type === 'multipicklist' ? value.split(';') : [value]).find((v) => !allowed.includes(v));
    if (bad !== undefined) errors.push(sfError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${bad}`, [field.name]));
  }
  if (errors.length) throw new SalesforceError(400, errors);
}
