import type { QuerySource, SfRecord, SObjectSchema } from '../../model/types';

export interface MemorySource extends QuerySource {
  insert(objectName: string, fields: Record<string, unknown>): SfRecord;
  remove(id: string): void;
}

const digitsOnly = (value: string) => value.replace(/\D/g, '');

/**
 * An in-memory QuerySource with the indexes the records part keeps: ids, equality on
 * `indexedFields` (text compared case-insensitively, as SOQL does) and phone digits
 * (full digits and the last ten).
 */
export function createMemorySource(schemas: SObjectSchema[], indexedFields: string[] = ['Email']): MemorySource {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const byPrefix = new Map(schemas.map((s) => [s.keyPrefix, s.name]));
  const records = new Map<string, Map<string, SfRecord>>(schemas.map((s) => [s.name, new Map()]));
  const live = new Map<string, SfRecord>();
  const deleted = new Map<string, SfRecord>();
  const fieldIndex = new Map<string, Set<string>>();
  const phoneIndex = new Map<string, Set<string>>();
  let counter = 0;

  const add = (index: Map<string, Set<string>>, key: string, id: string) => {
    const ids = index.get(key);
    if (ids) ids.add(id);
    else index.set(key, new Set([id]));
  };
  const fieldKey = (objectName: string, field: string, value: unknown) => `${objectName}.${field}=${String(value).toLowerCase()}`;

  return {
    schema: (name) => byName.get(name),
    schemas: () => schemas,
    *records(objectName, options) {
      yield* records.get(objectName)?.values() ?? [];
      if (options?.includeDeleted) for (const record of deleted.values()) if (this.objectOf(record.Id) === objectName) yield record;
    },
    // As the contract says, byId also finds recycle-bin records; callers filter on IsDeleted.
    byId: (id) => live.get(id.slice(0, 15)) ?? deleted.get(id.slice(0, 15)),
    objectOf: (id) => byPrefix.get(id.slice(0, 3)),
    byPhoneDigits: (digits) => phoneIndex.get(digits) ?? [],
    byFieldValue: (objectName, field, value) => (indexedFields.includes(field) ? (fieldIndex.get(fieldKey(objectName, field, value)) ?? []) : undefined),
    insert(objectName, fields) {
      const schema = byName.get(objectName)!;
      const id = `${schema.keyPrefix}${String(++counter).padStart(12, '0')}AAA`;
      const record: SfRecord = { ...fields, Id: id, IsDeleted: false };
      records.get(objectName)!.set(id, record);
      live.set(id.slice(0, 15), record);
      for (const f of indexedFields) if (record[f] !== undefined && record[f] !== null) add(fieldIndex, fieldKey(objectName, f, record[f]), id);
      for (const f of schema.fields) {
        const value = record[f.name];
        if (f.type !== 'phone' || typeof value !== 'string') continue;
        const digits = digitsOnly(value);
        add(phoneIndex, digits, id);
        if (digits.length > 10) add(phoneIndex, digits.slice(-10), id);
      }
      return record;
    },
    remove(id) {
      const objectName = byPrefix.get(id.slice(0, 3))!;
      const record = records.get(objectName)!.get(id)!;
      records.get(objectName)!.delete(id);
      live.delete(id.slice(0, 15));
      deleted.set(id.slice(0, 15), { ...record, IsDeleted: true });
    },
  };
}
