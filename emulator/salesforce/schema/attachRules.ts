import { makeId } from '../ids/salesforceId';
import type { FieldSchema, SObjectSchema } from '../model/types';
import { fieldPaths } from '../records/validateFormulaParse';
import { reference } from './fields';
import type { PackageObject } from './metadata';

/**
 * Record type ids are numbered from a high serial so they never meet the ids the API hands
 * out to RecordType records created at run time, and stay the same across restarts.
 */
const RECORD_TYPE_SERIAL = 1_000_000;

/** Adds metadata validation rules and record types to their objects' schemas. */
export function attachRules(schemas: Map<string, SObjectSchema>, objects: PackageObject[]): void {
  for (const object of objects) {
    const schema = schemas.get(object.name);
    if (!schema) continue;
    for (const rule of object.validationRules ?? []) {
      for (const path of fieldPaths(rule.formula)) checkPath(schemas, schema, path, `validation rule ${object.name}.${rule.name}`);
      schema.validationRules = [...(schema.validationRules ?? []), rule];
    }
    if (object.recordTypes?.length) schema.recordTypes = [...(schema.recordTypes ?? []), ...object.recordTypes.map((rt) => ({ ...rt, id: '', isDefault: false }))];
  }
  const withTypes = [...schemas.values()].filter((s) => s.recordTypes?.length).sort((a, b) => a.name.localeCompare(b.name));
  let serial = RECORD_TYPE_SERIAL;
  for (const schema of withTypes) {
    const types = schema.recordTypes!;
    for (const rt of types) rt.id = makeId('012', serial++);
    const fallback = types.find((rt) => rt.active);
    if (fallback) fallback.isDefault = true;
    // Objects with record types have a RecordTypeId field; new records get the default type.
    // https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_recordtype.htm
    const field: FieldSchema = reference('RecordTypeId', 'Record Type ID', ['RecordType'], 'RecordType', { defaultValue: fallback?.id });
    const at = schema.fields.findIndex((f) => f.name === 'IsDeleted');
    schema.fields.splice(at < 0 ? schema.fields.length : at, 0, field);
  }
}

/** A formula's field (or `Relationship.Field`) must exist, as deploying the rule would require. */
function checkPath(schemas: Map<string, SObjectSchema>, schema: SObjectSchema, path: string[], where: string): void {
  let current: SObjectSchema | undefined = schema;
  for (const [i, part] of path.entries()) {
    if (!current) return;
    const lower = part.toLowerCase();
    if (i === path.length - 1) {
      if (!current.fields.some((f) => f.name.toLowerCase() === lower) && !(lower === 'developername' || lower === 'name')) {
        throw new Error(`${where}: Field ${part} does not exist on ${current.name}`);
      }
      return;
    }
    const link = current.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === lower);
    if (!link && lower !== 'recordtype') throw new Error(`${where}: Field ${part} does not exist on ${current.name}`);
    current = schemas.get(link?.referenceTo?.[0] ?? 'RecordType');
  }
}
