import { to18 } from '../ids/salesforceId';
import { sfDateTime } from '../records/fieldValue';
import type { RecordService } from '../records/recordService';
import { itemError, many, tag, textOf } from './envelope';

/**
 * `undelete(ids)`: takes records out of the recycle bin, one UndeleteResult per id; an id that
 * is live or unknown fails on its own without stopping the others.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm
 */
export function undelete(records: RecordService, call: Record<string, unknown>, userId: string): string[] {
  const { store } = records;
  return many(call.ids).map((value) => {
    const given = textOf(value) ?? '';
    const id = to18(given);
    const record = id ? store.byId(id) : undefined;
    const objectName = id ? store.objectOf(id) : undefined;
    if (!id || !objectName) return `${tag('id', null)}${itemError('MALFORMED_ID', `bad id ${given}`)}`;
    if (!record) return `${tag('id', null)}${itemError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id')}`;
    if (!record.IsDeleted) return `${tag('id', record.Id)}${itemError('UNDELETE_FAILED', 'Entity is not in the recycle bin')}`;
    const now = sfDateTime(new Date());
    store.put(objectName, { ...record, IsDeleted: false, LastModifiedDate: now, LastModifiedById: userId, SystemModstamp: now });
    return `${tag('id', record.Id)}<success>true</success>`;
  });
}
