import { isIdShape, to18 } from '../ids/salesforceId';
import type { SfRecord, SObjectSchema } from '../model/types';
import { fail, notFound } from '../http/errors';
import type { SalesforceData } from './data';
import { applyDerived } from './derived';
import { sfDateTime } from './fieldValue';
import type { RecordStore } from './recordStore';
import { checkActivityLinks, checkRequired, checkUnique, checkValues } from './validate';
import { ensurePlatformRecords } from './platformRecords';
import { hardDelete, moveToRecycleBin, purge, undelete } from './recycleBin';
import { resolveRelationshipKeys } from './relationshipKeys';
import { checkRecordType } from './validateRecordType';
import { checkValidationRules } from './validateRules';

/** A write that can be taken back, so that allOrNone batches roll back as a whole. */
export interface Applied {
  id: string;
  undo(): void;
}

/** Create, update, delete and read records with the platform's rules; used by every route and the seed. */
export interface RecordService {
  readonly store: RecordStore;
  schemaOf(objectName: string): SObjectSchema;
  create(objectName: string, body: Record<string, unknown>, userId: string, overrides?: Partial<SfRecord>): Applied;
  update(objectName: string, id: string, body: Record<string, unknown>, userId: string): Applied;
  /** Moves the record, and the details that go with it, to the recycle bin. */
  remove(objectName: string | undefined, id: string, userId: string): Applied;
  /** Restores a deleted record and the details deleted with it. */
  undelete(id: string, userId: string): Applied;
  /** Deletes a live record and its details without the recycle bin. */
  hardDelete(objectName: string | undefined, id: string): Applied;
  /** Empties a deleted record out of the recycle bin for good. */
  purge(id: string): Applied;
  /** A live record of `objectName`, or the REST API's NOT_FOUND / ENTITY_IS_DELETED. */
  find(objectName: string | undefined, id: string): SfRecord;
}

export function createRecordService(store: RecordStore, data: SalesforceData): RecordService {
  const schemaOf = (objectName: string) => {
    const schema = store.schema(objectName);
    if (!schema) throw notFound();
    return schema;
  };

  const find = (objectName: string | undefined, id: string): SfRecord => {
    // An id that is malformed or of another object reads as an unknown external id field.
    // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_retrieve.htm
    if (!isIdShape(id) || (objectName && store.objectOf(id) !== schemaOf(objectName).name)) {
      throw fail(404, 'NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${id}`);
    }
    const record = store.byId(id);
    if (!record) throw notFound();
    if (record.IsDeleted) throw fail(404, 'ENTITY_IS_DELETED', 'entity is deleted');
    return record;
  };

  ensurePlatformRecords(store, data.orgId);

  const deletableOwner = (id: string) => {
    const owner = to18(id) ? store.objectOf(id) : undefined;
    if (!owner) throw fail(400, 'MALFORMED_ID', `malformed id ${id}`);
    // The API's wording for an operation an object lacks, as for "entity type X does not support insert".
    if (!schemaOf(owner).deletable) throw fail(400, 'INVALID_TYPE_FOR_OPERATION', `entity type ${owner} does not support delete`);
    return owner;
  };

  const save = (schema: SObjectSchema, record: SfRecord, previous?: SfRecord) => {
    applyDerived(store, data, schema.name, record, previous === undefined);
    checkRequired(schema, record);
    checkRecordType(schema, record);
    checkValidationRules(store, schema, record, previous);
    checkActivityLinks(store, schema, record);
    checkUnique(store, schema, record);
    store.put(schema.name, record);
  };

  return {
    store,
    schemaOf,
    find,
    create(objectName, body, userId, overrides = {}) {
      const schema = schemaOf(objectName);
      const values = checkValues(store, schema, resolveRelationshipKeys(store, schema, body), 'create');
      const now = sfDateTime(new Date());
      const record: SfRecord = { Id: '' };
      for (const field of schema.fields) record[field.name] = field.defaultValue ?? null;
      Object.assign(record, values, { IsDeleted: false, CreatedDate: now, CreatedById: userId, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now });
      if ('OwnerId' in record && !record.OwnerId) record.OwnerId = userId;
      Object.assign(record, overrides);
      const serial = { ...data.serials };
      const caseNumber = data.caseNumber;
      record.Id = store.newId(schema.name);
      try {
        save(schema, record);
      } catch (error) {
        Object.assign(data.serials, serial);
        data.caseNumber = caseNumber;
        throw error;
      }
      return { id: record.Id, undo: () => store.drop(schema.name, record.Id) };
    },
    update(objectName, id, body, userId) {
      const schema = schemaOf(objectName);
      const previous = find(schema.name, id);
      const values = checkValues(store, schema, resolveRelationshipKeys(store, schema, body), 'update', previous.Id);
      const now = sfDateTime(new Date());
      const record: SfRecord = { ...previous, ...values, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now };
      save(schema, record, previous);
      return { id: record.Id, undo: () => store.put(schema.name, previous) };
    },
    remove(objectName, id, userId) {
      const owner = deletableOwner(id);
      return moveToRecycleBin(store, data, owner, find(objectName ?? owner, id), userId);
    },
    undelete: (id, userId) => undelete(store, data, to18(id) ?? id, userId),
    purge: (id) => purge(store, data, to18(id) ?? id),
    hardDelete(objectName, id) {
      const owner = deletableOwner(id);
      return hardDelete(store, data, owner, find(objectName ?? owner, id));
    },
  };
}
