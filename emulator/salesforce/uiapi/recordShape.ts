import { createHash } from 'node:crypto';
import type { SfRecord, SObjectSchema } from '../model/types';
import { fail } from '../http/errors';
import type { RecordStore } from '../records/recordStore';
import { DEFAULT_DISPLAY_FORMAT, displayValue, type DisplayFormat } from './displayValue';

/**
 * The UI API Record representation (display values formatted for the requesting user): `fields` maps each requested field to
 * `{value, displayValue}`; a spanning field (`Account.Name`) nests the parent record.
 * https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_responses_record.htm
 */
type UiRecord = Record<string, unknown> & { fields: Record<string, { value: unknown; displayValue: string | null }> };

const MASTER_RECORD_TYPE = '012000000000000AAA';

/** A record of an object with record types names its own; others carry Master and no info. */
function recordTypeInfo(schema: SObjectSchema, record: SfRecord) {
  const rt = schema.recordTypes?.find((t) => t.id === record.RecordTypeId);
  return rt ? { available: rt.active, defaultRecordTypeMapping: rt.isDefault, master: false, name: rt.label, recordTypeId: rt.id } : null;
}

export function emptyRecord(schema: SObjectSchema, record: SfRecord): UiRecord {
  const tag = createHash('md5').update(`${record.Id}:${String(record.SystemModstamp)}`).digest('hex');
  return {
    apiName: schema.name, childRelationships: {}, eTag: tag, fields: {}, id: record.Id,
    lastModifiedById: record.LastModifiedById ?? null, lastModifiedDate: record.LastModifiedDate ?? null,
    recordTypeId: typeof record.RecordTypeId === 'string' ? record.RecordTypeId : MASTER_RECORD_TYPE, recordTypeInfo: recordTypeInfo(schema, record), systemModstamp: record.SystemModstamp ?? null, weakEtag: Date.parse(String(record.SystemModstamp).replace('+0000', 'Z')) || 0,
  };
}

/**
 * Adds `path` (relative to the record, e.g. `Name` or `Account.Name` or `Who.Name`);
 * returns false when a field of the path does not exist.
 */
function addPath(store: RecordStore, schema: SObjectSchema, record: SfRecord, target: UiRecord, path: string[], format: DisplayFormat): boolean {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const field = store.registry.field(schema.name, head);
    if (!field) return false;
    target.fields[field.name] = { value: record[field.name] ?? null, displayValue: displayValue(field, record[field.name], format) };
    return true;
  }
  const reference = schema.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === head.toLowerCase());
  if (!reference) return false;
  const parentId = record[reference.name];
  const parent = typeof parentId === 'string' ? store.byId(parentId) : undefined;
  const parentSchema = parent && store.schema(store.objectOf(parent.Id) as string);
  const key = reference.relationshipName as string;
  if (!parent || !parentSchema) {
    const known = reference.referenceTo?.some((to) => store.registry.field(to, rest[rest.length - 1]) || rest.length > 1);
    if (known) target.fields[key] = { value: null, displayValue: null };
    return Boolean(known);
  }
  const existing = target.fields[key]?.value as UiRecord | null | undefined;
  const nested = existing ?? emptyRecord(parentSchema, parent);
  const ok = addPath(store, parentSchema, parent, nested, rest, format) || addPolymorphicName(reference.referenceTo ?? [], parentSchema, parent, nested, rest, format);
  if (ok) {
    const nameField = parentSchema.fields.find((f) => f.nameField);
    target.fields[key] = { value: nested, displayValue: nameField ? ((parent[nameField.name] as string | null) ?? null) : null };
  }
  return ok;
}

/**
 * A polymorphic lookup (Task.Who, Task.What) points at the Name object, whose `Name` is the
 * record's name field whatever it is called: a Case's What.Name is its CaseNumber.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_name.htm
 */
function addPolymorphicName(referenceTo: string[], schema: SObjectSchema, record: SfRecord, target: UiRecord, path: string[], format: DisplayFormat): boolean {
  const nameField = schema.fields.find((f) => f.nameField);
  if (referenceTo.length < 2 || path.length !== 1 || path[0].toLowerCase() !== 'name' || !nameField) return false;
  target.fields.Name = { value: record[nameField.name] ?? null, displayValue: displayValue(nameField, record[nameField.name], format) };
  return true;
}

/** `fields` must exist (INVALID_FIELD otherwise, as the UI API answers); `optionalFields` are skipped when missing. */
export function toUiRecord(store: RecordStore, schema: SObjectSchema, record: SfRecord, fields: string[], optionalFields: string[], format: DisplayFormat = DEFAULT_DISPLAY_FORMAT): UiRecord {
  const out = emptyRecord(schema, record);
  const relative = (qualified: string) => {
    const [objectName, ...path] = qualified.split('.');
    return objectName.toLowerCase() === schema.name.toLowerCase() && path.length ? path : undefined;
  };
  // Fields qualified with another object name belong to other records of a batch request.
  for (const qualified of fields) {
    const path = relative(qualified);
    if (!path || addPath(store, schema, record, out, path, format)) continue;
    throw fail(400, 'INVALID_FIELD', `No such column '${path.join('.')}' on entity '${schema.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
  }
  for (const qualified of optionalFields) {
    const path = relative(qualified);
    if (path) addPath(store, schema, record, out, path, format);
  }
  if (fields.length === 0 && optionalFields.length === 0) {
    for (const field of schema.fields) addPath(store, schema, record, out, [field.name], format);
  }
  return out;
}
