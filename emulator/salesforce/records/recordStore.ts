import { keyPrefixOf, makeId, to18 } from '../ids/salesforceId';
import type { QuerySource, SfRecord, SObjectSchema } from '../model/types';
import type { SchemaRegistry } from '../schema/registry';
import type { SalesforceData } from './data';
import { EqualityIndex, PhoneIndex } from './indexes';

/**
 * The org's records over the store namespace, with in-memory indexes (phone digits,
 * field equality) kept current by every write. Implements what SOQL and SOSL read.
 */
export interface RecordStore extends QuerySource {
  readonly registry: SchemaRegistry;
  newId(objectName: string): string;
  /** Inserts or replaces a record (live or in the recycle bin). */
  put(objectName: string, record: SfRecord): void;
  /** Removes a record entirely (used to undo a create). */
  drop(objectName: string, id: string): void;
}

export function createRecordStore(data: SalesforceData, registry: SchemaRegistry): RecordStore {
  const phones = new PhoneIndex();
  const equality = new Map<string, EqualityIndex>();
  const phoneFields = (schema: SObjectSchema) => schema.fields.filter((f) => f.type === 'phone').map((f) => f.name);
  const table = (objectName: string) => (data.records[objectName] ??= {});
  const objectOf = (id: string) => registry.byKeyPrefix(keyPrefixOf(id))?.name;
  const writes = new Map<string, number>();
  let allWrites = 0;
  const wrote = (objectName: string) => {
    writes.set(objectName, (writes.get(objectName) ?? 0) + 1);
    allWrites++;
  };

  const indexRecord = (schema: SObjectSchema, record: SfRecord) => {
    if (record.IsDeleted) return;
    phones.add(record.Id, phoneFields(schema).map((f) => record[f]));
    equality.get(schema.name)?.add(record);
  };
  const unindexRecord = (schema: SObjectSchema, record: SfRecord) => {
    if (record.IsDeleted) return;
    phones.remove(record.Id, phoneFields(schema).map((f) => record[f]));
    equality.get(schema.name)?.remove(record);
  };
  for (const schema of registry.all()) for (const record of Object.values(table(schema.name))) indexRecord(schema, record);

  const schemaOrThrow = (objectName: string) => {
    const schema = registry.get(objectName);
    if (!schema) throw new Error(`Unknown object ${objectName}`);
    return schema;
  };

  return {
    registry,
    schema: (name) => registry.get(name),
    schemas: () => registry.all(),
    *records(objectName, options) {
      for (const record of Object.values(table(schemaOrThrow(objectName).name))) {
        if (options?.includeDeleted || !record.IsDeleted) yield record;
      }
    },
    byId(id) {
      const full = to18(id);
      const objectName = full && objectOf(full);
      return objectName ? data.records[objectName]?.[full] : undefined;
    },
    objectOf: (id) => (to18(id) ? objectOf(id) : undefined),
    byPhoneDigits: (digits) => phones.find(digits),
    byFieldValue(objectName, fieldName, value) {
      const schema = registry.get(objectName);
      const field = schema && registry.field(schema.name, fieldName);
      if (!schema || !field) return undefined;
      let index = equality.get(schema.name);
      if (!index) equality.set(schema.name, (index = new EqualityIndex()));
      if (!index.has(field.name)) index.build(field.name, Object.values(table(schema.name)));
      const key = field.type === 'id' || field.type === 'reference' ? (to18(value) ?? value) : value;
      return index.find(field.name, key) ?? [];
    },
    version: (objectName) => (objectName === undefined ? allWrites : (writes.get(registry.get(objectName)?.name ?? objectName) ?? 0)),
    newId(objectName) {
      const prefix = schemaOrThrow(objectName).keyPrefix;
      data.serials[prefix] = (data.serials[prefix] ?? 0) + 1;
      return makeId(prefix, data.serials[prefix]);
    },
    put(objectName, record) {
      const schema = schemaOrThrow(objectName);
      const rows = table(schema.name);
      const previous = rows[record.Id];
      if (previous) unindexRecord(schema, previous);
      rows[record.Id] = record;
      indexRecord(schema, record);
      wrote(schema.name);
    },
    drop(objectName, id) {
      const schema = schemaOrThrow(objectName);
      const previous = table(schema.name)[id];
      if (previous) unindexRecord(schema, previous);
      delete table(schema.name)[id];
      wrote(schema.name);
    },
  };
}
