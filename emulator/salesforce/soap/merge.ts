import { to18 } from '../ids/salesforceId';
import { sfDateTime } from '../records/fieldValue';
import type { RecordService } from '../records/recordService';
import { isNode, itemError, itemErrorOf, many, tag, textOf } from './envelope';

/**
 * `merge(mergeRequests)`: up to two records into a master of the same type (Account, Contact,
 * Lead, Case). The master takes the given field values; records related to the merged ones
 * move to the master; the merged records go to the recycle bin with MasterRecordId set.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_merge.htm
 */
const MERGEABLE = new Set(['Account', 'Contact', 'Lead', 'Case']);

function mergeOne(records: RecordService, request: Record<string, unknown>, userId: string): string {
  const { store } = records;
  const master = isNode(request.masterRecord) ? request.masterRecord : {};
  const { type, Id, fieldsToNull: _nulls, ...fields } = master;
  const masterId = to18(textOf(Id));
  const objectName = textOf(type) ?? '';
  if (!MERGEABLE.has(objectName)) return `${tag('id', null)}${itemError('INVALID_TYPE', `Cannot merge records of type ${objectName || 'unknown'}`)}`;
  const merged = many(request.recordToMergeIds).map((v) => to18(textOf(v)));
  if (merged.length === 0 || merged.length > 2) return `${tag('id', masterId ?? null)}${itemError('LIMIT_EXCEEDED', 'A merge request names one or two records to merge into the master')}`;
  const masterRecord = masterId ? store.byId(masterId) : undefined;
  if (!masterId || !masterRecord || masterRecord.IsDeleted || store.objectOf(masterId) !== objectName) {
    return `${tag('id', masterId ?? null)}${itemError('INVALID_ID_FIELD', 'invalid record id for the master record')}`;
  }
  const others = merged.map((id) => (id ? store.byId(id) : undefined));
  if (others.some((r, i) => !r || r.IsDeleted || store.objectOf(r.Id) !== objectName || merged.indexOf(r.Id) !== i || r.Id === masterId)) {
    return `${tag('id', masterId)}${itemError('INVALID_ID_FIELD', 'invalid record id in recordToMergeIds')}`;
  }
  try {
    if (Object.keys(fields).length) records.update(objectName, masterId, fields, userId);
  } catch (error) {
    return `${tag('id', masterId)}${itemErrorOf(error)}`;
  }
  const mergedIds = new Set(others.map((r) => r!.Id));
  const now = sfDateTime(new Date());
  const stamp = { LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now };
  const related = new Set<string>();
  for (const schema of store.schemas()) {
    const pointers = schema.fields.filter((f) => f.type === 'reference' && f.referenceTo?.includes(objectName)).map((f) => f.name);
    if (!pointers.length) continue;
    for (const record of [...store.records(schema.name)]) {
      const moved = pointers.filter((f) => mergedIds.has(String(record[f])));
      if (!moved.length || mergedIds.has(record.Id)) continue;
      store.put(schema.name, { ...record, ...Object.fromEntries(moved.map((f) => [f, masterId])), ...stamp });
      related.add(record.Id);
    }
  }
  const hasMasterField = records.schemaOf(objectName).fields.some((f) => f.name === 'MasterRecordId');
  for (const record of others) store.put(objectName, { ...record!, IsDeleted: true, ...(hasMasterField ? { MasterRecordId: masterId } : {}), ...stamp });
  return `${tag('id', masterId)}${[...mergedIds].map((id) => tag('mergedRecordIds', id)).join('')}<success>true</success>${[...related].map((id) => tag('updatedRelatedIds', id)).join('')}`;
}

export function merge(records: RecordService, call: Record<string, unknown>, userId: string): string[] {
  return many(call.mergeRequests).map((request) => mergeOne(records, isNode(request) ? request : {}, userId));
}
