import { isIdShape, to18 } from '../ids/salesforceId';
import type { FieldSchema, SfRecord, SObjectSchema } from '../model/types';
import { fail, SalesforceError, sfError, type SfError } from '../http/errors';
import type { RecordStore } from './recordStore';
import { coerceValue } from './fieldValue';

export type WriteMode = 'create' | 'update';

/**
 * Turns a request body into checked field values, or throws the errors Salesforce
 * answers: unknown fields, read-only fields, types, lengths, picklists and references.
 */
export function checkValues(store: RecordStore, schema: SObjectSchema, body: Record<string, unknown>, mode: WriteMode, targetId?: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const readOnly: string[] = [];
  const errors: SfError[] = [];
  for (const [key, raw] of Object.entries(body)) {
    if (key === 'attributes') continue;
    const field = store.registry.field(schema.name, key);
    if (!field) throw fail(400, 'INVALID_FIELD', `No such column '${key}' on sobject of type ${schema.name}`);
    if (field.name === 'Id' && mode === 'update' && to18(raw) === targetId) continue;
    if (!(mode === 'create' ? field.createable : field.updateable)) {
      readOnly.push(field.name);
      continue;
    }
    const result = coerceValue(field, raw);
    if ('error' in result) errors.push(result.error);
    else if (field.type === 'email' && result.value !== null && !isEmailAddress(String(result.value))) {
      // "Email: invalid email address: maria at acme", with the field named in `fields`.
      errors.push(sfError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${String(result.value)}`, [field.name]));
    }
    else if (field.type === 'reference' && result.value !== null) {
      const checked = checkReference(store, field, result.value as string);
      if ('error' in checked) errors.push(checked.error);
      else values[field.name] = checked.id;
    } else values[field.name] = result.value;
  }
  if (readOnly.length) {
    // https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm
    throw fail(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read-only or otherwise not allowed.`, readOnly);
  }
  if (errors.length) throw new SalesforceError(400, errors);
  return values;
}

/**
 * Email fields take an address: Salesforce does not publish its exact rule, so this accepts
 * RFC 5322 dot-atom addresses (a local part of letters, digits and ``!#$%&'*+/=?^_`{|}~.-``,
 * one `@`, a domain of two or more dot-separated labels). Checked character by character,
 * so no input can make it slow.
 */
export function isEmailAddress(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const localOk = [...local].every((c) => /[\p{L}\p{N}]/u.test(c) || "!#$%&'*+/=?^_`{|}~.-".includes(c)) && !local.startsWith('.') && !local.endsWith('.');
  const domainOk = labels.length >= 2 && labels.every((l) => l.length > 0 && [...l].every((c) => /[\p{L}\p{N}-]/u.test(c)));
  return localOk && domainOk;
}

/**
 * A malformed id is MALFORMED_ID, an id of another object FIELD_INTEGRITY_EXCEPTION
 * ("Related To ID: id value of incorrect type: ..."), a missing record
 * INVALID_CROSS_REFERENCE_KEY, as the API reports them.
 */
function checkReference(store: RecordStore, field: FieldSchema, value: string): { id: string } | { error: SfError } {
  if (!isIdShape(value)) return { error: sfError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, [field.name]) };
  const id = to18(value) as string;
  const objectName = store.objectOf(id);
  if (!objectName || !field.referenceTo?.includes(objectName)) {
    return { error: sfError('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${id}`, [field.name]) };
  }
  const target = store.byId(id);
  if (!target || target.IsDeleted) return { error: sfError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', []) };
  return { id };
}

/** Required fields of the record as it will be saved. */
export function checkRequired(schema: SObjectSchema, record: SfRecord): void {
  const missing = schema.fields.filter((f) => f.required && (record[f.name] === null || record[f.name] === undefined)).map((f) => f.name);
  if (missing.length) throw fail(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
}

/**
 * A Task or Event whose Name (WhoId) is a lead cannot have a Related To (WhatId): "If the
 * WhoId refers to a lead, then the WhatId field must be empty."
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_task.htm
 * Salesforce documents the rule but not its error text; the message is the platform's as
 * quoted by a user who hit it ("FIELD_INTEGRITY_EXCEPTION: cannot specify whatID with lead
 * whoID", https://github.com/Fxdedglory/Salesforce-Auto-Reply-Web-To-Lead/blob/68ae04739600fedfc72a387d1bada0f25532b16c/test_convert_lead_and_trigger_flow.ps1),
 * the closest source found; the `fields` entry is ours.
 */
export function checkActivityLinks(store: RecordStore, schema: SObjectSchema, record: SfRecord): void {
  if (schema.name !== 'Task' && schema.name !== 'Event') return;
  const whoId = record.WhoId as string | null;
  const whatId = record.WhatId as string | null;
  if (whoId && whatId && store.objectOf(whoId) === 'Lead') {
    throw fail(400, 'FIELD_INTEGRITY_EXCEPTION', 'cannot specify whatID with lead whoID', ['WhatId']);
  }
}

/** Unique fields (e.g. an External ID marked unique) refuse a value another live record holds. */
export function checkUnique(store: RecordStore, schema: SObjectSchema, record: SfRecord): void {
  for (const field of schema.fields) {
    const value = record[field.name];
    if (!field.unique || value === null || value === undefined) continue;
    for (const id of store.byFieldValue(schema.name, field.name, value) ?? []) {
      if (id !== record.Id) {
        throw fail(400, 'DUPLICATE_VALUE', `duplicate value found: ${field.name} duplicates value on record with id: ${id}`, []);
      }
    }
  }
}
