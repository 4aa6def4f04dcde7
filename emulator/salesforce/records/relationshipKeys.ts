import type { FieldSchema, SObjectSchema } from '../model/types';
import { fail } from '../http/errors';
import type { RecordStore } from './recordStore';
import { isMatchKey, matchingIds } from './matchKey';

/**
 * A parent named by its external id instead of its record id: `{"Account": {"External_Id__c": "A-17"}}`
 * sets AccountId to the account whose External_Id__c is A-17. A polymorphic lookup names the
 * parent's type in `attributes`. A value that matches nothing is INVALID_FIELD "Foreign key
 * external ID: ... not found for field ... in entity ...", as the API words it.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
 */
export function resolveRelationshipKeys(store: RecordStore, schema: SObjectSchema, body: Record<string, unknown>): Record<string, unknown> {
  let resolved: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'attributes' || typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const lookup = schema.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === key.toLowerCase());
    if (!lookup) continue;
    resolved ??= { ...body };
    delete resolved[key];
    resolved[lookup.name] = parentId(store, lookup, value as Record<string, unknown>);
  }
  return resolved ?? body;
}

function parentId(store: RecordStore, lookup: FieldSchema, reference: Record<string, unknown>): string {
  const { attributes, ...keys } = reference;
  const named = (attributes as { type?: unknown } | undefined)?.type;
  const parentName = typeof named === 'string' ? named : lookup.referenceTo?.length === 1 ? lookup.referenceTo[0] : undefined;
  const parent = parentName && lookup.referenceTo?.some((t) => t.toLowerCase() === parentName.toLowerCase()) ? store.schema(parentName) : undefined;
  if (!parent) throw fail(400, 'INVALID_FIELD', `The relationship ${lookup.relationshipName} needs an attributes type naming one of: ${(lookup.referenceTo ?? []).join(', ')}`);
  const entries = Object.entries(keys);
  if (entries.length !== 1) throw fail(400, 'INVALID_FIELD', `Foreign key external ID in ${lookup.relationshipName} must name exactly one field`);
  const [fieldName, value] = entries[0];
  const field = store.registry.field(parent.name, fieldName);
  if (!field || !isMatchKey(field)) throw fail(400, 'INVALID_FIELD', `Provided external ID field does not exist or is not accessible: ${fieldName}`);
  const ids = matchingIds(store, parent.name, field, value);
  if (ids.length === 0) throw fail(400, 'INVALID_FIELD', `Foreign key external ID: ${String(value)} not found for field ${field.name} in entity ${parent.name}`);
  if (ids.length > 1) throw fail(400, 'INVALID_FIELD', `Foreign key external ID: ${String(value)} matches more than one record for field ${field.name} in entity ${parent.name}`);
  return ids[0];
}
